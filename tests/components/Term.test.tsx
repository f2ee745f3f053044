import '@tarojs/taro'
import * as React from 'react'
import { act, render } from '@testing-library/react'
import { Term, TermText } from '@/components/Term'

;(globalThis as { React?: unknown }).React = React

const byId = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null
const tap = (el: HTMLElement | null) => act(() => { el?.dispatchEvent(new MouseEvent('click', { bubbles: true })) })

describe('TermText', () => {
  test('shows the text as written, with each known term a button that names the term first', () => {
    render(<TermText text='违反级别管辖或专属管辖规定的除外' testId='t' />)
    expect(byId('t')?.textContent).toBe('违反级别管辖或专属管辖规定的除外')
    expect(byId('term-jurisdiction_level')?.className).toContain('term')
    const level = byId('term-jurisdiction_level')
    expect(level?.getAttribute('role')).toBe('button')
    expect(level?.getAttribute('aria-expanded')).toBe('false')
    expect(level?.getAttribute('aria-label')).toBe('级别管辖，点按看解释')
    expect(byId('term-explain-jurisdiction_level')).toBeNull()
  })

  test('a tap shows the one-sentence explanation under the text, a second tap hides it, and only one is open', () => {
    render(<TermText text='违反级别管辖或专属管辖规定的除外' />)
    tap(byId('term-jurisdiction_level'))
    expect(byId('term-explain-jurisdiction_level')?.textContent).toMatch(/^级别管辖：按案件的大小和性质/)
    expect(byId('term-jurisdiction_level')?.getAttribute('aria-expanded')).toBe('true')
    expect(byId('term-jurisdiction_level')?.getAttribute('aria-label')).toBe('级别管辖，收起解释')
    tap(byId('term-jurisdiction_exclusive'))
    expect(byId('term-explain-jurisdiction_level')).toBeNull()
    expect(byId('term-explain-jurisdiction_exclusive')).not.toBeNull()
    tap(byId('term-jurisdiction_exclusive'))
    expect(byId('term-explain-jurisdiction_exclusive')).toBeNull()
  })

  test('a tap on a term inside a tappable card does not open the card', () => {
    const opened: string[] = []
    render(<div onClick={() => opened.push('card')}><TermText text='答辩期' /></div>)
    tap(byId('term-answer_period'))
    expect(byId('term-explain-answer_period')).not.toBeNull()
    expect(opened).toEqual([])
  })
})

describe('Term', () => {
  test('a single term, e.g. 自认 next to 无异议, opens its explanation', () => {
    render(<Term term='admission' />)
    tap(byId('term-admission'))
    expect(byId('term-explain-admission')?.textContent).toContain('对方就不用再拿证据证明')
  })
})
