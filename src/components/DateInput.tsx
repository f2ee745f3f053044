import { Picker, View } from '@tarojs/components'
import './form.css'
import { TextInput } from './TextInput'
import { t } from '@/i18n'

interface DateInputProps {
  mode: 'date' | 'time'
  value: string
  onChange: (value: string) => void
  placeholder: string
  pickLabel: string
  /** 读屏念的名字：这一项的标题。 */
  label: string
  focus?: boolean
  /** 输入框里的内容还不是合法日期时，选择器从这一天（或时刻）开始。 */
  pickerStart: string
  testId: string
}

const SHAPES = { date: /^\d{4}-\d{2}-\d{2}$/, time: /^\d{2}:\d{2}$/ }

/**
 * 日期/时间：可以直接输入（照着文书抄最快，测试也能确定地填写），也可以用系统选择器。
 * 两种方式写进同一个值，校验只在一处做。选择器按钮的读屏名字以看得到的字开头（“选日期：送达日期”），
 * 几个日期项的按钮字一样，读屏靠后半句分清（issue 20：原来念的和看到的不一样）。
 */
export function DateInput({ mode, value, onChange, placeholder, pickLabel, label, focus, pickerStart, testId }: DateInputProps) {
  return (
    <View className='date-input'>
      <View className='date-input__text'>
        <TextInput value={value} onChange={onChange} placeholder={placeholder} label={label} focus={focus} testId={testId} />
      </View>
      <Picker mode={mode} value={SHAPES[mode].test(value) ? value : pickerStart} onChange={(event) => onChange(String(event.detail.value))}>
        <View className='date-input__pick' role='button' aria-role='button' aria-label={t.common.pickFor(pickLabel, label)} data-testid={`pick-${testId}`}>{pickLabel}</View>
      </Picker>
    </View>
  )
}
