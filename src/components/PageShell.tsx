import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { t } from '@/i18n'

interface PageShellProps {
  title: string
  lead?: string
  children: ReactNode
}

/** 每个页面的外框：标题、导语、内容，以及底部的“不构成法律意见”声明。 */
export function PageShell({ title, lead, children }: PageShellProps) {
  return (
    <View className='page'>
      <View className='page__title' role='heading' aria-role='heading' aria-level={1}>{title}</View>
      {lead ? <View className='page__lead'>{lead}</View> : null}
      {children}
      <View className='disclaimer' data-testid='disclaimer'>{t.app.disclaimer}</View>
    </View>
  )
}
