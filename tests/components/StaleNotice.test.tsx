import '@tarojs/taro'
import * as React from 'react'
import { cleanup, render, screen } from '@testing-library/react'
import { StaleNotice } from '@/case/pages/detail/StaleNotice'
import { buildTimeline } from '@/services/timeline'
import type { CaseRecord } from '@/storage/caseRecord'
import { makeCase } from '../storage/fixtures'

;(globalThis as { React?: unknown }).React = React
afterEach(cleanup)

describe('a record saved under an old rule', () => {
  test('answerDays 20 under ordinary procedure (now refused, 第一百二十八条) is shown with a clear note, and 15 days are used', () => {
    const record = makeCase(1, { procedure: 'ordinary', facts: { servedOn: '2026-09-16', answerDays: 20 } as CaseRecord['facts'] })
    const timeline = buildTimeline(record, '2026-09-20')
    render(<StaleNotice stale={timeline.stale} />)
    expect(screen.getByTestId('stale-facts').textContent).toContain('你保存的答辩期是 20 天。普通程序的答辩期是法定的 15 天')
    expect(timeline.deadlines.find((d) => d.kind === 'answer')?.due).toBe('2026-10-08')
  })

  test('a record the current rules read shows no note', () => {
    const timeline = buildTimeline(makeCase(2, { procedure: 'ordinary', facts: { servedOn: '2026-09-16' } }), '2026-09-20')
    render(<StaleNotice stale={timeline.stale} />)
    expect(screen.queryByTestId('stale-facts')).toBeNull()
  })
})
