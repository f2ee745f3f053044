import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface CardProps {
  title?: string
  children: ReactNode
  onTap?: () => void
  testId?: string
}

/** 白底圆角卡片，页面内容的基本单元。 */
export function Card({ title, children, onTap, testId }: CardProps) {
  return (
    <View className='card' data-testid={testId} onClick={onTap}>
      {title ? <View className='card__title'>{title}</View> : null}
      <View className='card__body'>{children}</View>
    </View>
  )
}
