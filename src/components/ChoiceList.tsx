import { View } from '@tarojs/components'
import './form.css'

interface ChoiceListProps<T extends string> {
  options: readonly { value: T; label: string }[]
  selected: readonly string[]
  onToggle: (value: T) => void
  /** 多选时显示方框，单选时显示圆点；点击行为由父组件决定。 */
  multiple?: boolean
  /** 这组选项问的是什么（读屏念给用户听），通常就是这一项的标题。 */
  label: string
  testIdPrefix: string
}

/** 一列大按钮式的选项（整行可点，≥ 96px 高）；每个选项都有角色、名字和选中状态，读屏能念出来。 */
export function ChoiceList<T extends string>({ options, selected, onToggle, multiple = false, label, testIdPrefix }: ChoiceListProps<T>) {
  const groupRole = multiple ? 'group' : 'radiogroup'
  const optionRole = multiple ? 'checkbox' : 'radio'
  return (
    <View className='choices' role={groupRole} aria-role={groupRole} aria-label={label}>
      {options.map(({ value, label: optionLabel }) => {
        const on = selected.includes(value)
        return (
          <View
            key={value}
            className={`choice${on ? ' choice--on' : ''}`}
            role={optionRole}
            aria-role={optionRole}
            aria-label={optionLabel}
            aria-checked={on}
            data-testid={`${testIdPrefix}-${value}`}
            onClick={() => onToggle(value)}
          >
            <View className={`choice__mark choice__mark--${multiple ? 'box' : 'dot'}`} aria-hidden='true'>{on ? '✓' : ''}</View>
            <View className='choice__label'>{optionLabel}</View>
          </View>
        )
      })}
    </View>
  )
}
