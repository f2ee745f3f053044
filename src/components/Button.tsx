import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface ButtonProps {
  children: ReactNode
  onTap: () => void
  variant?: 'primary' | 'secondary' | 'danger'
  disabled?: boolean
  testId?: string
}

/** 大号按钮（≥ 48pt 高），一个强调色。用 View 而不是原生 button，三端外观一致。 */
export function Button({ children, onTap, variant = 'primary', disabled = false, testId }: ButtonProps) {
  const className = `btn btn--${variant}${disabled ? ' btn--disabled' : ''}`
  return (
    <View
      className={className}
      data-testid={testId}
      aria-disabled={disabled}
      hoverClass={disabled ? 'none' : 'btn--hover'}
      onClick={() => { if (!disabled) onTap() }}
    >
      {children}
    </View>
  )
}
