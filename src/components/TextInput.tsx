import { Input } from '@tarojs/components'

interface TextInputProps {
  value: string
  onChange: (value: string) => void
  placeholder?: string
  testId: string
  /** 读屏念的名字：这一项的标题（不是占位的例子）。 */
  label: string
  /**
   * 手机上弹出哪种键盘（只在浏览器版有效）。输入框本身始终是文本框：数字类的 type 会让浏览器
   * 悄悄丢掉逗号、“元”、负号和字母，用户看不到自己写错了什么。
   */
  inputMode?: 'text' | 'decimal' | 'numeric'
  /** 为 true 时获得焦点（校验失败后把用户带到第一处错误）。 */
  focus?: boolean
}

/**
 * 单行输入框；每敲一个字就回调，父组件据此保存草稿。
 * 不设长度上限：截断是悄悄改掉用户写的东西；太长由校验在这一项下面说出来。
 */
export function TextInput({ value, onChange, placeholder, testId, label, inputMode = 'text', focus = false }: TextInputProps) {
  return (
    <Input
      className='text-input'
      data-testid={`input-${testId}`}
      value={value}
      type='text'
      placeholder={placeholder}
      maxlength={-1}
      focus={focus}
      aria-label={label}
      aria-role='textbox'
      nativeProps={{ 'aria-label': label, inputMode }}
      onInput={(event) => onChange(event.detail.value)}
    />
  )
}
