import { View } from '@tarojs/components'
import './form.css'
import type { ReactNode } from 'react'

interface FieldProps {
  label: string
  hint?: string
  /** 这一项的错误提示（已经是白话中文）；有错误时整项标红。 */
  error?: string
  testId: string
  children: ReactNode
}

/** 这一项在页面上的 id：校验失败后滚动到第一处错误用（pageScrollTo 的 selector）。 */
export const fieldElementId = (testId: string): string => `field-${testId}`

/** 表单的一项：标题、说明、输入控件，错误就写在这一项下面。 */
export function Field({ label, hint, error, testId, children }: FieldProps) {
  return (
    <View id={fieldElementId(testId)} className={`field${error ? ' field--error' : ''}`} data-testid={`field-${testId}`}>
      <View className='field__label'>{label}</View>
      {hint ? <View className='field__hint'>{hint}</View> : null}
      {children}
      {error ? <View className='field__error' role='alert' data-testid={`error-${testId}`}>{error}</View> : null}
    </View>
  )
}
