import '@tarojs/taro'
import * as React from 'react'
import { useState } from 'react'
import { render } from '@testing-library/react'
import { Button } from '@/components/Button'
import { DateInput } from '@/components/DateInput'
import { ChoiceList } from '@/components/ChoiceList'
import { Field } from '@/components/Field'
import { TextInput } from '@/components/TextInput'

// Jest 里组件按经典 JSX 运行时编译（React.createElement）；挂整个应用时 Taro 会提供全局 React，单独渲染组件时由这里提供。
;(globalThis as { React?: unknown }).React = React

function DateHarness({ initial, onValue }: { initial: string; onValue: (v: string) => void }) {
  const [value, setValue] = useState(initial)
  return <DateInput mode='date' value={value} onChange={(v) => { setValue(v); onValue(v) }} placeholder='例如 2026-09-16' pickLabel='选日期' label='送达日期' pickerStart='2026-09-20' testId='served' />
}

const byId = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement

describe('DateInput', () => {
  test('typing writes the text as typed, even when it is not a date yet', () => {
    const seen: string[] = []
    render(<DateHarness initial='' onValue={(v) => seen.push(v)} />)
    byId('input-served').dispatchEvent(new CustomEvent('input', { bubbles: true, detail: { value: '2026-09-1' } }))
    expect(seen).toEqual(['2026-09-1'])
  })

  test('the text box is named by the field label and the picker button says which field it fills', () => {
    render(<DateHarness initial='' onValue={() => undefined} />)
    expect(byId('input-served').getAttribute('aria-label')).toBe('送达日期')
    expect(byId('pick-served').getAttribute('role')).toBe('button')
    expect(byId('pick-served').getAttribute('aria-label')).toBe('选日期：送达日期')
  })
})

describe('ChoiceList', () => {
  test('marks the selected options as checked and reports taps', () => {
    const taps: string[] = []
    render(<ChoiceList multiple options={[{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }]} selected={['b']} onToggle={(v) => taps.push(v)} label='收到的材料' testIdPrefix='opt' />)
    expect(byId('opt-a').getAttribute('aria-checked')).toBe('false')
    expect(byId('opt-b').getAttribute('aria-checked')).toBe('true')
    expect(byId('opt-a').getAttribute('role')).toBe('checkbox')
    byId('opt-a').dispatchEvent(new MouseEvent('click', { bubbles: true }))
    expect(taps).toEqual(['a'])
  })

  test('the group and every option carry a role and a name for the browser and for WeChat’s screen reader', () => {
    render(<ChoiceList options={[{ value: 'a', label: '当面签收' }]} selected={[]} onToggle={() => undefined} label='送达方式' testIdPrefix='opt' />)
    const group = byId('opt-a').parentElement as HTMLElement
    expect([group.getAttribute('role'), group.getAttribute('aria-role'), group.getAttribute('aria-label')]).toEqual(['radiogroup', 'radiogroup', '送达方式'])
    expect([byId('opt-a').getAttribute('role'), byId('opt-a').getAttribute('aria-role'), byId('opt-a').getAttribute('aria-label')]).toEqual(['radio', 'radio', '当面签收'])
  })
})

describe('Button', () => {
  test('is a button named by its text, for browsers (role) and WeChat (aria-role)', () => {
    render(<Button onTap={() => undefined} testId='next'>下一步</Button>)
    expect([byId('next').getAttribute('role'), byId('next').getAttribute('aria-role'), byId('next').getAttribute('aria-label')]).toEqual(['button', 'button', '下一步'])
  })
})

describe('TextInput', () => {
  test('is a plain text box named by its label, with no length cap and no number type that drops characters', () => {
    render(<Field label='本金' testId='principal'><TextInput value='' onChange={() => undefined} placeholder='例如 12,000.50' label='本金' inputMode='decimal' testId='principal' /></Field>)
    const input = byId('input-principal')
    expect(input.getAttribute('aria-label')).toBe('本金')
    expect(input.getAttribute('type')).toBe('text')
    expect(input.getAttribute('maxlength')).toBe('-1')
    expect(byId('field-principal').id).toBe('field-principal')
  })
})
