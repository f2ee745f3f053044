import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface NoticeProps {
  tone?: 'info' | 'warning' | 'error'
  children: ReactNode
  testId?: string
}

/** 提示条：信息（蓝）、注意（橙）、错误（红）。 */
export function Notice({ tone = 'info', children, testId }: NoticeProps) {
  return (
    <View className={`notice notice--${tone}`} data-testid={testId} role={tone === 'error' ? 'alert' : 'note'}>
      {children}
    </View>
  )
}
