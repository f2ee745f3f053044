// 修改和删除各自一个文件：同一文件里先挂过的应用仍会响应 hash 变化（测试外壳的限制），页面跳转链要在干净的 jsdom 里测。
import Taro from '@tarojs/taro'
import { findByTestId, waitFor } from '../support/taroApp'
import { detailOf, expectText, openAt, seed, served0916, tapId, typeInto } from './helpers'
import { loadCases } from '@/storage/caseStore'
import { taroStore } from '@/adapters/storage'
import { NOW_MS } from '../storage/fixtures'

describe('editing a case from its timeline', () => {
  test('edit reopens the form pre-filled and saving shows the new deadline', async () => {
    seed(served0916)
    await openAt(detailOf('case-1'))
    await tapId('edit-case')
    await findByTestId('step-0')
    await expectText('doc-complaint', '起诉状副本')
    expect((await findByTestId('doc-complaint')).getAttribute('aria-checked')).toBe('true')
    await tapId('next')
    expect((await findByTestId('input-servedOn')).getAttribute('value')).toBe('2026-09-16')
    await typeInto('servedOn', '2026-09-08')
    await tapId('next')
    await tapId('next')
    await tapId('save')
    // 回到了原来的详情页（表单出栈），而不是在栈里再叠一个详情页；它在显示时重新读取了案件。
    // （jsdom 里 Taro 的 H5 路由会留下一份旧页面的 DOM，所以这里看页面栈和新内容是否出现；
    // 浏览器里的 e2e 检查页面上只有一条时间线。）
    await waitFor(() => expect(Taro.getCurrentPages().map((p) => p.route)).toEqual(['/case/pages/detail/index']))
    await waitFor(() => expect([...document.querySelectorAll('[data-testid="due-answer"]')].map((n) => n.textContent)).toContain('法定最后一天：2026年9月23日（周三）'))
    const cases = loadCases(taroStore, NOW_MS).cases
    expect(cases).toHaveLength(1)
    expect(cases[0]).toMatchObject({ id: 'case-1', createdAt: served0916.createdAt, facts: { servedOn: '2026-09-08' } })
  })
})
