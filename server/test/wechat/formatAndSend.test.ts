import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FakeWechat } from '../../src/fakeWechat/index.ts'
import { formatTemplateData, type TemplateMapping } from '../../src/wechat/templateData.ts'
import { clientFor, HEARING_TEMPLATE, startWithUser } from './support.ts'

// The stand-in checks keyword limits with its own code, so this catches a formatter that
// produces values WeChat would refuse with 47003.
const mapping: TemplateMapping = {
  templateId: HEARING_TEMPLATE,
  fields: {
    thing1: { from: 'title', type: 'thing' }, time2: { from: 'eventAt', type: 'time' },
    thing3: { from: 'caseLabel', type: 'thing' }, thing4: { from: 'court', type: 'thing' },
  },
}

describe('formatted template data is accepted by the stand-in', () => {
  let fake: FakeWechat
  let openid: string
  before(async () => { ({ fake, openid } = await startWithUser(10)) })
  after(() => fake.close())

  const cases = [
    { title: '开庭', eventAt: '2026-03-09T09:30', caseLabel: '(2025)浙0102民初1234号', court: '杭州市西湖区人民法院' },
    { title: '答辩期届满：请在今天之前向法院提交答辩状和证据材料', eventAt: '2026-12-31', court: '广东省深圳市南山区人民法院第二派出法庭' },
    { title: '  ', eventAt: '2028-02-29T23:59', note: '多行\n备注' },
  ]
  for (const values of cases) {
    it(`sends "${values.title.trim() || '(空标题)'}" without 47003`, async () => {
      const r = formatTemplateData(mapping, values)
      assert.ok(r.ok)
      const outcome = await clientFor(fake).sendSubscribeMessage({ touser: openid, templateId: HEARING_TEMPLATE, data: r.data })
      assert.equal(outcome.kind, 'sent', JSON.stringify(outcome))
    })
  }

  it('is refused by the stand-in if the 20-character limit were ignored (the check is real)', async () => {
    const data = { thing1: { value: '答辩期届满：请在今天之前向法院提交答辩状' + '和' }, time2: { value: '2026年3月9日' }, thing3: { value: '-' }, thing4: { value: '-' } }
    const outcome = await clientFor(fake).sendSubscribeMessage({ touser: openid, templateId: HEARING_TEMPLATE, data })
    assert.equal(outcome.kind === 'rejected' && outcome.errcode, 47003)
  })
})
