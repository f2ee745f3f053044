import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface CardProps {
  title?: string
  children: ReactNode
  onTap?: () => void
  testId?: string
}

/**
 * 白底圆角卡片，页面内容的基本单元。可以点的卡片（首页的案件）声明按钮角色，读屏才知道它能点；整张卡片都能点，
 * 右边一个 › 告诉看的人它能打开（issue 20；样式在 app.css 末尾，和 .card 在一起）。不能点的卡片，标题是二级标题（页面标题是一级）。
 */
export function Card({ title, children, onTap, testId }: CardProps) {
  const role = onTap ? 'button' : undefined
  return (
    <View className={onTap ? 'card card--tap' : 'card'} data-testid={testId} onClick={onTap} role={role} aria-role={role}>
      {title ? <View className='card__title' role={onTap ? undefined : 'heading'} aria-role={onTap ? undefined : 'heading'} aria-level={onTap ? undefined : 2}>{title}</View> : null}
      <View className='card__body'>{children}</View>
      {onTap ? <View className='card__chevron' aria-hidden='true'>›</View> : null}
    </View>
  )
}
