import { Textarea } from '@tarojs/components'
import './TextArea.css'

interface TextAreaProps {
  value: string
  onChange: (value: string) => void
  placeholder?: string
  testId: string
  /** 读屏念的名字：这一格是哪一项（issue 20：原来两处多行输入没有名字） */
  label: string
}

/** 多行输入（文书的理由、补充说明，催收记录里对方说了什么）；每敲一个字就回调，父组件据此保存。 */
export function TextArea({ value, onChange, placeholder, testId, label }: TextAreaProps) {
  return (
    <Textarea
      className='text-area'
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
