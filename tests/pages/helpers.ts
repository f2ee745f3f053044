import { AppTestUtils, findByTestId, tap, waitFor } from '../support/taroApp'
import { setClockForTests } from '@/adapters/clock'
import { taroStore } from '@/adapters/storage'
import type { CaseRecord } from '@/storage/caseRecord'
import { saveCase } from '@/storage/caseStore'
import { makeCase, NOW_MS } from '../storage/fixtures'

/** 整个 app 项目并行跑时机器很忙，页面切换可能超过默认的 3 秒。 */
const WAIT_MS = 10_000

/** 2026-09-20 10:00 北京时间：送达（09-16）之后、国庆之前。 */
export const SEPT_20_MS = Date.UTC(2026, 8 /* Sep */, 20, 2, 0)

/** 某个案件的详情页地址。 */
export const detailOf = (id: string): string => `/case/pages/detail/index?id=${id}`

/** 普通程序、2026-09-16 邮寄送达起诉状副本的案件 case-1（答辩期顺延到国庆之后）。 */
export const served0916 = makeCase(1, { procedure: 'ordinary', documents: ['complaint'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail' } })

/** 打开页面之前先把案件存进应用的存储。 */
export function seed(...records: CaseRecord[]): void {
  for (const record of records) saveCase(taroStore, record, NOW_MS)
}

/** 固定时钟后打开应用的某个地址。 */
export async function openAt(url: string, nowMs = SEPT_20_MS): Promise<void> {
  setClockForTests(nowMs)
  await new AppTestUtils().createApp(url)
}

/** 在 Taro 的 Input 里“输入”：H5 上 taro-input-core 发出带 detail.value 的 input 事件。 */
export async function typeInto(testId: string, value: string): Promise<void> {
  const input = await findByTestId(`input-${testId}`, WAIT_MS)
  const inner = input.querySelector('input')
  if (inner) inner.value = value
  input.dispatchEvent(new CustomEvent('input', { bubbles: true, detail: { value } }))
}

export async function tapId(testId: string): Promise<void> {
  tap(await findByTestId(testId, WAIT_MS))
}

/** 等某个 data-testid 的文字包含 text。 */
export async function expectText(testId: string, text: string): Promise<void> {
  await waitFor(async () => expect((await findByTestId(testId, WAIT_MS)).textContent).toContain(text), { timeout: WAIT_MS })
}

/** 断言某个 data-testid 不在页面上（等页面稳定后）。 */
export function absent(testId: string): boolean {
  return document.querySelectorAll(`[data-testid="${testId}"]`).length === 0
}

/** 走完新建表单：送达 2026-09-16（邮寄），蚂蚁消费金融，程序按参数。 */
export async function fillHappyPath(procedure = 'ordinary'): Promise<void> {
  await tapId('doc-complaint')
  await tapId('next')
  await findByTestId('step-1')
  await tapId('method-mail')
  await typeInto('servedOn', '2026-09-16')
  await tapId('next')
  await findByTestId('step-2')
  await typeInto('court', '杭州互联网法院')
  await typeInto('caseNumber', '(2026)浙0192民初1234号')
  await tapId(`procedure-${procedure}`)
  await tapId('next')
  await findByTestId('step-3')
  await tapId('lender-alipay')
  await typeInto('principal', '10000')
}

// 第一次挂载整个应用（含分包）要编译很多模块，默认的 5 秒不够。
jest.setTimeout(30_000)

afterEach(() => setClockForTests(null))
