import { absent, detailOf, expectText, openAt, seed, SEPT_20_MS, tapId } from './helpers'
import { taroStore } from '@/adapters/storage'
import { emptyClaimCheckForm } from '@/services/claimCheckForm'
import { emptyLimitationForm } from '@/services/limitationForm'
import { saveClaimCheckForm } from '@/storage/claimCheckStore'
import { makeCase } from '../storage/fixtures'

/** The limitation answers as the claim check stores them: last statement due 2022-09-05, no demand received (may have run by 2026). */
const answers = { ...emptyClaimCheckForm(), limitation: { ...emptyLimitationForm(), lastDueOn: '2022-09-05', lastDemand: { choice: 'none' as const, on: '' } } }

/** 资产管理公司起诉的信用卡旧债，用户在表单里答了“不是原出借方”；答辩期内。 */
const bought = makeCase(12, { procedure: 'ordinary', documents: ['complaint'], facts: { servedOn: '2026-09-16', serviceMethod: 'mail' }, lender: { key: 'other', name: '某某资产管理有限公司' }, assignment: 'assigned' })

// 一个文件一个测试（见 secondInstance.test.tsx）。
describe('the lines under the next step', () => {
  test('limitation may have run: raise it in the answer at first instance, with a link to the claim check; an assigned debt asks for the notice', async () => {
    seed(bought)
    saveClaimCheckForm(taroStore, 'case-12', answers)
    await openAt(detailOf('case-12'), SEPT_20_MS)
    await expectText('note-limitation_raise_in_answer', '要在一审答辩状里写明')
    await expectText('note-limitation_raise_in_answer', '由原告举证证明')
    await expectText('note-assignment_ask_for_proof', '债权转让协议和通知过你的证据')
    await expectText('note-link-claim-check', '去回答时效的几个问题')
    expect(absent('basis-note-0-0')).toBe(true)
    await tapId('fold-basis-note')
    await expectText('basis-note-0-0', '诉讼时效规定第三条')
  })
})
