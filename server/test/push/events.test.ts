import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parsePushEvent } from '../../src/push/events.ts'

describe('subscribe-message events (JSON format)', () => {
  it('reads a popup event whose List is one object (one template) and one whose List is an array', () => {
    const one = parsePushEvent('{"ToUserName":"gh_1","FromUserName":"o8dH44seYM3qeBzHlrmwI0sAtSfI","CreateTime":1688953684,"MsgType":"event","Event":"subscribe_msg_popup_event","List":{"PopupScene":"0","SubscribeStatusString":"accept","TemplateId":"BDcgTGpwt7fcRVFhGh-NvjcASaWWmkwzN3y_6mXzJR4"}}')
    assert.deepEqual(one, { ok: true, event: { kind: 'popup', openid: 'o8dH44seYM3qeBzHlrmwI0sAtSfI', at: 1_688_953_684_000, items: [{ templateId: 'BDcgTGpwt7fcRVFhGh-NvjcASaWWmkwzN3y_6mXzJR4', status: 'accept' }] } })
    const two = parsePushEvent('{"FromUserName":"o1","CreateTime":"1625575681","Event":"subscribe_msg_change_event","List":[{"SubscribeStatusString":"reject","TemplateId":"A"},{"SubscribeStatusString":"reject","TemplateId":"B"}]}')
    assert.ok(two.ok && two.event.kind === 'change')
    assert.deepEqual(two.ok && two.event.kind === 'change' && two.event.items.map((i) => i.templateId), ['A', 'B'])
  })

  it('keeps a 64-bit MsgID exact whether it comes as a number or a string, and reads ErrorCode as a number', () => {
    const asNumber = parsePushEvent('{"FromUserName":"o1","CreateTime":1620963428,"Event":"subscribe_msg_sent_event","List":{"TemplateId":"T","MsgID":1700827132819554304,"ErrorCode":0,"ErrorStatus":"success"}}')
    const asString = parsePushEvent('{"FromUserName":"o1","CreateTime":"1620963428","Event":"subscribe_msg_sent_event","List":{"TemplateId":"T","MsgID":"1700827132819554304","ErrorCode":"10001","ErrorStatus":"Failed"}}')
    assert.ok(asNumber.ok && asNumber.event.kind === 'sent')
    assert.deepEqual(asNumber.ok && asNumber.event.kind === 'sent' && asNumber.event.items[0], { templateId: 'T', msgid: '1700827132819554304', errorCode: 0, errorStatus: 'success' })
    assert.deepEqual(asString.ok && asString.event.kind === 'sent' && asString.event.items[0], { templateId: 'T', msgid: '1700827132819554304', errorCode: 10001, errorStatus: 'Failed' })
  })

  it('passes other events through as "other" and refuses a malformed subscribe event with the field that is wrong', () => {
    assert.deepEqual(parsePushEvent('{"Event":"user_enter_tempsession","FromUserName":"o1"}'), { ok: true, event: { kind: 'other', event: 'user_enter_tempsession' } })
    const bad = parsePushEvent('{"FromUserName":"o1","CreateTime":1,"Event":"subscribe_msg_sent_event","List":{"TemplateId":"T","ErrorCode":0}}')
    assert.equal(bad.ok, false)
    assert.match(bad.ok ? '' : bad.reason, /MsgID/)
    assert.equal(parsePushEvent('<xml><Event>x</Event></xml>').ok, false, 'XML format is not configured here')
  })
})
