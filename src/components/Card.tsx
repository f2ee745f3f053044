import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface CardProps {
  title?: string
  children: ReactNode
  onTap?: () => void
  testId?: string
}

/** 白底圆角卡片，页面内容的基本单元。可以点的卡片（首页的案件）声明按钮角色，读屏才知道它能点。 */
export function Card({ title, children, onTap, testId }: CardProps) {
  const role = onTap ? 'button' : undefined
  return (
    <View className='card' data-testid={testId} onClick={onTap} role={role} aria-role={role}>
      {title ? <View className='card__title'>{title}</View> : null}
      <View className='card__body'>{children}</View>
    </View>
  )
}
