import { Input } from '@tarojs/components'

interface TextInputProps {
  value: string
  onChange: (value: string) => void
  placeholder?: string
  testId: string
  type?: 'text' | 'digit' | 'number'
}

/** 单行输入框；每敲一个字就回调，父组件据此保存草稿。 */
export function TextInput({ value, onChange, placeholder, testId, type = 'text' }: TextInputProps) {
  return (
    <Input
      className='text-input'
      data-testid={`input-${testId}`}
      value={value}
      type={type}
      placeholder={placeholder}
      maxlength={100}
      onInput={(event) => onChange(event.detail.value)}
    />
  )
}
