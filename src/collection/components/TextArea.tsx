import { Textarea } from '@tarojs/components'
import './collection.css'

interface TextAreaProps {
  value: string
  onChange: (value: string) => void
  placeholder?: string
  testId: string
  label: string
}

/** 多行输入（对方说了什么）；每敲一个字就回调，父组件据此保存。 */
export function TextArea({ value, onChange, placeholder, testId, label }: TextAreaProps) {
  return (
    <Textarea
      className='co-text-area'
      data-testid={`input-${testId}`}
      value={value}
      placeholder={placeholder}
      maxlength={2000}
      autoHeight
      aria-label={label}
      nativeProps={{ 'aria-label': label }}
      onInput={(event) => onChange(event.detail.value)}
    />
  )
}
