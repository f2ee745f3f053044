// 入口测试单独一个文件：同一文件里先挂过的应用实例会继续响应 hash 变化（测试外壳的限制），
// 扫码进入时的页面跳转因此要在干净的 jsdom 里测。
import { findByTestId, waitFor } from '../support/taroApp'
import { openAt, tapId, typeInto } from './helpers'
import { loadCases } from '@/storage/caseStore'
import { readAttributions } from '@/storage/attributionStore'
import { taroStore } from '@/adapters/storage'
import { NOW_MS } from '../storage/fixtures'

const HOME = '/pages/index/index'

describe('entry from a mini-program code or a link', () => {
  async function walkToLenderStep(): Promise<void> {
    await findByTestId('step-0', 10_000)
    // 等首页 → 表单的跳转动画结束再操作，免得点到正在离场的页面。
    await waitFor(() => expect(window.location.hash).toContain('/case/pages/intake/index'))
    await new Promise((resolve) => setTimeout(resolve, 500))
    await tapId('doc-complaint')
    await waitFor(async () => expect((await findByTestId('doc-complaint')).getAttribute('aria-checked')).toBe('true'))
    await tapId('next')
    await findByTestId('step-1')
    await tapId('method-mail')
    await typeInto('servedOn', '2026-09-16')
    await tapId('next')
    await findByTestId('step-2')
    await tapId('procedure-ordinary')
    await tapId('next')
    await findByTestId('step-3')
  }

  test('scene s=art0308&l=alipay records the source, opens intake with the lender pre-selected, and the case keeps the source', async () => {
    await openAt(`${HOME}?scene=${encodeURIComponent('s=art0308&l=alipay')}`)
    await findByTestId('step-0')
    expect(readAttributions(taroStore)).toEqual([{ source: 'art0308', lender: 'alipay', at: Date.UTC(2026, 8, 20, 2, 0) }])
    await walkToLenderStep()
    expect((await findByTestId('lender-alipay')).getAttribute('aria-checked')).toBe('true')
    await tapId('save')
    await findByTestId('timeline')
    expect(loadCases(taroStore, NOW_MS).cases[0]).toMatchObject({ source: 'art0308', lender: { key: 'alipay', name: '重庆蚂蚁消费金融有限公司（花呗/借呗）' } })
  })

  test('plain query parameters ?s=…&l=… work the same way', async () => {
    await openAt(`${HOME}?s=art0401&l=mybank`)
    await findByTestId('step-0')
    expect(readAttributions(taroStore)[0]).toMatchObject({ source: 'art0401', lender: 'mybank' })
    await walkToLenderStep()
    expect((await findByTestId('lender-mybank')).getAttribute('aria-checked')).toBe('true')
  })

  test.each([
    ['a truncated encoding', '%25E4%25B8'],
    ['a scene longer than 32 characters', encodeURIComponent('s=art0308&l=alipay&x=0123456789abcdef')],
    ['a scene that is not key=value pairs', 'hello'],
    ['an unknown lender and no source', encodeURIComponent('l=nosuchbank')]
  ])('%s starts the app normally, with no error and nothing recorded', async (_name, scene) => {
    await openAt(`${HOME}?scene=${scene}`)
    await findByTestId('new-case')
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(window.location.hash).not.toContain('/case/pages/intake/index')
    expect(readAttributions(taroStore)).toEqual([])
    expect(document.querySelector('[role="alert"]')).toBeNull()
  })
})

