import { View } from '@tarojs/components'
import './form.css'

interface ChoiceListProps<T extends string> {
  options: readonly { value: T; label: string }[]
  selected: readonly string[]
  onToggle: (value: T) => void
  /** 多选时显示方框，单选时显示圆点；点击行为由父组件决定。 */
  multiple?: boolean
  testIdPrefix: string
}

/** 一列大按钮式的选项（整行可点，≥ 96px 高）。 */
export function ChoiceList<T extends string>({ options, selected, onToggle, multiple = false, testIdPrefix }: ChoiceListProps<T>) {
  return (
    <View className='choices' role={multiple ? 'group' : 'radiogroup'}>
      {options.map(({ value, label }) => {
        const on = selected.includes(value)
        return (
          <View
            key={value}
            className={`choice${on ? ' choice--on' : ''}`}
            role={multiple ? 'checkbox' : 'radio'}
            aria-checked={on}
            data-testid={`${testIdPrefix}-${value}`}
            onClick={() => onToggle(value)}
          >
            <View className={`choice__mark choice__mark--${multiple ? 'box' : 'dot'}`}>{on ? '✓' : ''}</View>
            <View className='choice__label'>{label}</View>
          </View>
        )
      })}
    </View>
  )
}
