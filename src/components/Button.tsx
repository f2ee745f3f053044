import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface ButtonProps {
  children: ReactNode
  onTap: () => void
  variant?: 'primary' | 'secondary' | 'danger'
  disabled?: boolean
  testId?: string
  /** 读屏念的名字；不给时用按钮上的文字。 */
  label?: string
}

/**
 * 大号按钮（≥ 48pt 高），一个强调色。用 View 而不是原生 button，三端外观一致；
 * 所以要自己声明按钮角色：浏览器读 role/aria-label，微信读屏读 aria-role/aria-label。
 */
export function Button({ children, onTap, variant = 'primary', disabled = false, testId, label }: ButtonProps) {
  const className = `btn btn--${variant}${disabled ? ' btn--disabled' : ''}`
  const name = label ?? (typeof children === 'string' ? children : undefined)
  return (
    <View
      className={className}
      data-testid={testId}
      role='button'
      aria-role='button'
      aria-label={name}
      aria-disabled={disabled}
      hoverClass={disabled ? 'none' : 'btn--hover'}
      onClick={() => { if (!disabled) onTap() }}
    >
      {children}
    </View>
  )
}
