import '@tarojs/taro'
import * as React from 'react'
import { useState } from 'react'
import { render } from '@testing-library/react'
import { DateInput } from '@/components/DateInput'
import { ChoiceList } from '@/components/ChoiceList'

// Jest 里组件按经典 JSX 运行时编译（React.createElement）；挂整个应用时 Taro 会提供全局 React，单独渲染组件时由这里提供。
;(globalThis as { React?: unknown }).React = React

function DateHarness({ initial, onValue }: { initial: string; onValue: (v: string) => void }) {
  const [value, setValue] = useState(initial)
  return <DateInput mode='date' value={value} onChange={(v) => { setValue(v); onValue(v) }} placeholder='例如 2026-09-16' pickLabel='选日期' pickerStart='2026-09-20' testId='served' />
}

const byId = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement

describe('DateInput', () => {
  test('typing writes the text as typed, even when it is not a date yet', () => {
    const seen: string[] = []
    render(<DateHarness initial='' onValue={(v) => seen.push(v)} />)
    byId('input-served').dispatchEvent(new CustomEvent('input', { bubbles: true, detail: { value: '2026-09-1' } }))
    expect(seen).toEqual(['2026-09-1'])
  })
})

describe('ChoiceList', () => {
  test('marks the selected options as checked and reports taps', () => {
    const taps: string[] = []
    render(<ChoiceList multiple options={[{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }]} selected={['b']} onToggle={(v) => taps.push(v)} testIdPrefix='opt' />)
    expect(byId('opt-a').getAttribute('aria-checked')).toBe('false')
    expect(byId('opt-b').getAttribute('aria-checked')).toBe('true')
    expect(byId('opt-a').getAttribute('role')).toBe('checkbox')
    byId('opt-a').dispatchEvent(new MouseEvent('click', { bubbles: true }))
    expect(taps).toEqual(['a'])
  })
})
