import { Textarea } from '@tarojs/components'
import './documents.css'

interface TextAreaProps {
  value: string
  onChange: (value: string) => void
  placeholder?: string
  testId: string
}

/** 多行输入（理由、补充说明）；每敲一个字就回调，父组件据此保存草稿。 */
export function TextArea({ value, onChange, placeholder, testId }: TextAreaProps) {
  return (
    <Textarea
      className='text-area'
      data-testid={`input-${testId}`}
      value={value}
      placeholder={placeholder}
      maxlength={2000}
      autoHeight
      onInput={(event) => onChange(event.detail.value)}
    />
  )
}
