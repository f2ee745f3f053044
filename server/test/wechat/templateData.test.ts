import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatEventAt, formatTemplateData, PLACEHOLDER, templateMappingSchema, type TemplateMapping } from '../../src/wechat/templateData.ts'

const mapping = (fields: TemplateMapping['fields']): TemplateMapping => ({ templateId: 'TPL_1', fields })
const hearing = { title: '开庭', eventAt: '2026-03-09T09:30', caseLabel: '(2025)浙0102民初1234号', court: '杭州市西湖区人民法院' }

describe('formatTemplateData: thing', () => {
  it('keeps a value of exactly 20 code points unchanged', () => {
    const title = '一二三四五六七八九十一二三四五六七八九十'
    const r = formatTemplateData(mapping({ thing1: { from: 'title', type: 'thing' } }), { ...hearing, title })
    assert.deepEqual(r, { ok: true, data: { thing1: { value: title } } })
  })

  it('cuts a 21-code-point value to 19 characters plus an ellipsis, 20 in all', () => {
    const title = '广东省深圳市南山区人民法院第二派出法庭开庭'
    assert.equal(Array.from(title).length, 21)
    const r = formatTemplateData(mapping({ thing1: { from: 'title', type: 'thing' } }), { ...hearing, title })
    assert.ok(r.ok)
    assert.equal(r.data.thing1!.value, '广东省深圳市南山区人民法院第二派出法庭…')
    assert.equal(Array.from(r.data.thing1!.value).length, 20)
  })

  it('counts a character outside the BMP as one and never splits it', () => {
    const title = '𠮷'.repeat(25)
    const r = formatTemplateData(mapping({ thing1: { from: 'title', type: 'thing' } }), { ...hearing, title })
    assert.ok(r.ok)
    assert.equal(r.data.thing1!.value, '𠮷'.repeat(19) + '…')
  })

  it('does not leave a space before the ellipsis when the cut falls after a word', () => {
    const r = formatTemplateData(mapping({ thing1: { from: 'note', type: 'thing' } }), { ...hearing, note: 'abcdefghijklmnopqr stuvwxyz' })
    assert.ok(r.ok)
    assert.equal(r.data.thing1!.value, 'abcdefghijklmnopqr…')
  })

  it('collapses newlines and runs of spaces in a note into single spaces', () => {
    const r = formatTemplateData(mapping({ thing1: { from: 'note', type: 'thing' } }), { ...hearing, note: '带身份证\n\n  和传票' })
    assert.ok(r.ok)
    assert.equal(r.data.thing1!.value, '带身份证 和传票')
  })

  it('puts a 案号 with Chinese characters into a thing field unchanged', () => {
    const r = formatTemplateData(mapping({ thing3: { from: 'caseLabel', type: 'thing' } }), hearing)
    assert.deepEqual(r, { ok: true, data: { thing3: { value: '(2025)浙0102民初1234号' } } })
  })

  it('fills a missing optional value with the placeholder instead of an empty string', () => {
    const r = formatTemplateData(mapping({ thing4: { from: 'court', type: 'thing' } }), { title: '开庭', eventAt: '2026-03-09' })
    assert.deepEqual(r, { ok: true, data: { thing4: { value: PLACEHOLDER } } })
  })

  it('treats a whitespace-only value as missing', () => {
    const r = formatTemplateData(mapping({ thing4: { from: 'note', type: 'thing' } }), { ...hearing, note: ' \n ' })
    assert.deepEqual(r, { ok: true, data: { thing4: { value: PLACEHOLDER } } })
  })
})

describe('formatTemplateData: time and date', () => {
  it('renders a time keyword as YYYY年M月D日 HH:mm without zero-padding month and day', () => {
    const r = formatTemplateData(mapping({ time2: { from: 'eventAt', type: 'time' } }), hearing)
    assert.deepEqual(r, { ok: true, data: { time2: { value: '2026年3月9日 09:30' } } })
  })

  it('renders a date-only eventAt in a time keyword as the date alone', () => {
    const r = formatTemplateData(mapping({ time2: { from: 'eventAt', type: 'time' } }), { ...hearing, eventAt: '2026-12-31' })
    assert.deepEqual(r, { ok: true, data: { time2: { value: '2026年12月31日' } } })
  })

  it('keeps the time of day in a date keyword so a hearing time is not lost', () => {
    const r = formatTemplateData(mapping({ date2: { from: 'eventAt', type: 'date' } }), { ...hearing, eventAt: '2026-01-05T14:00' })
    assert.deepEqual(r, { ok: true, data: { date2: { value: '2026年1月5日 14:00' } } })
  })

  it('renders eventAt in a thing keyword with the same Chinese date format', () => {
    const r = formatTemplateData(mapping({ thing2: { from: 'eventAt', type: 'thing' } }), hearing)
    assert.deepEqual(r, { ok: true, data: { thing2: { value: '2026年3月9日 09:30' } } })
  })

  it('rejects 29 February in a non-leap year and accepts it in a leap year', () => {
    const m = mapping({ date2: { from: 'eventAt', type: 'date' } })
    assert.deepEqual(formatTemplateData(m, { ...hearing, eventAt: '2027-02-29' }), { ok: false, keyword: 'date2', reason: 'eventAt 不是有效的日期：「2027-02-29」' })
    assert.deepEqual(formatTemplateData(m, { ...hearing, eventAt: '2028-02-29' }), { ok: true, data: { date2: { value: '2028年2月29日' } } })
  })

  it('rejects an eventAt with an impossible hour or a seconds part', () => {
    assert.equal(formatEventAt('2026-03-09T24:00'), undefined)
    assert.equal(formatEventAt('2026-03-09T09:30:00'), undefined)
    assert.equal(formatEventAt('2026-3-9'), undefined)
  })

  it('refuses a time keyword fed from a field other than eventAt', () => {
    const r = formatTemplateData(mapping({ time2: { from: 'title', type: 'time' } }), hearing)
    assert.deepEqual(r, { ok: false, keyword: 'time2', reason: 'time 关键词只能来自 eventAt' })
  })
})

describe('formatTemplateData: phrase', () => {
  it('accepts up to five Chinese characters', () => {
    const r = formatTemplateData(mapping({ phrase1: { from: 'title', type: 'phrase' } }), { ...hearing, title: '即将开庭' })
    assert.deepEqual(r, { ok: true, data: { phrase1: { value: '即将开庭' } } })
  })

  it('rejects six Chinese characters rather than cutting a phrase', () => {
    const r = formatTemplateData(mapping({ phrase1: { from: 'title', type: 'phrase' } }), { ...hearing, title: '答辩期即将届满' })
    assert.equal(r.ok, false)
    assert.equal(!r.ok && r.keyword, 'phrase1')
  })

  it('rejects a phrase containing digits or Latin letters', () => {
    for (const title of ['3天后开庭', 'OK', '开庭!']) {
      const r = formatTemplateData(mapping({ phrase1: { from: 'title', type: 'phrase' } }), { ...hearing, title })
      assert.equal(r.ok, false, title)
    }
  })
})

describe('formatTemplateData: character_string', () => {
  it('rejects a 案号 with Chinese and tells the operator to use a thing keyword', () => {
    const r = formatTemplateData(mapping({ character_string3: { from: 'caseLabel', type: 'character_string' } }), hearing)
    assert.equal(r.ok, false)
    assert.match(!r.ok ? r.reason : '', /thing/)
  })

  it('folds full-width brackets and digits to ASCII because nothing is lost', () => {
    const r = formatTemplateData(mapping({ character_string3: { from: 'caseLabel', type: 'character_string' } }), { ...hearing, caseLabel: '（２０２５）ABC-12' })
    assert.deepEqual(r, { ok: true, data: { character_string3: { value: '(2025)ABC-12' } } })
  })

  it('rejects an ASCII value longer than 32 characters instead of cutting an identifier', () => {
    const r = formatTemplateData(mapping({ character_string3: { from: 'caseLabel', type: 'character_string' } }), { ...hearing, caseLabel: 'A'.repeat(33) })
    assert.equal(r.ok, false)
  })

  it('uses "-" as the placeholder for a missing value, since Chinese is not allowed there', () => {
    const r = formatTemplateData(mapping({ character_string3: { from: 'caseLabel', type: 'character_string' } }), { title: '开庭', eventAt: '2026-03-09' })
    assert.deepEqual(r, { ok: true, data: { character_string3: { value: '-' } } })
  })
})

describe('formatTemplateData: number and name', () => {
  it('writes daysLeft into a number keyword as digits', () => {
    const r = formatTemplateData(mapping({ number5: { from: 'daysLeft', type: 'number' } }), { ...hearing, daysLeft: 3 })
    assert.deepEqual(r, { ok: true, data: { number5: { value: '3' } } })
  })

  it('rejects a negative daysLeft and a missing one, since no placeholder is an honest number', () => {
    const m = mapping({ number5: { from: 'daysLeft', type: 'number' } })
    assert.equal(formatTemplateData(m, { ...hearing, daysLeft: -1 }).ok, false)
    assert.equal(formatTemplateData(m, hearing).ok, false)
  })

  it('accepts ten Chinese characters in a name and rejects eleven', () => {
    const m = mapping({ name1: { from: 'court', type: 'name' } })
    assert.equal(formatTemplateData(m, { ...hearing, court: '一二三四五六七八九十' }).ok, true)
    assert.equal(formatTemplateData(m, { ...hearing, court: '一二三四五六七八九十一' }).ok, false)
  })

  it('allows twenty Latin letters in a name, but only ten once Chinese is mixed in', () => {
    const m = mapping({ name1: { from: 'court', type: 'name' } })
    assert.equal(formatTemplateData(m, { ...hearing, court: 'Abcdefghij Klmnopqrs' }).ok, true)
    assert.equal(formatTemplateData(m, { ...hearing, court: '张Abcdefghij' }).ok, false)
  })
})

describe('formatTemplateData: whole templates', () => {
  it('formats every keyword of a four-keyword hearing template in mapping order', () => {
    const r = formatTemplateData(mapping({
      thing1: { from: 'title', type: 'thing' }, time2: { from: 'eventAt', type: 'time' },
      thing3: { from: 'caseLabel', type: 'thing' }, thing4: { from: 'court', type: 'thing' },
    }), hearing)
    assert.ok(r.ok)
    assert.deepEqual(Object.keys(r.data), ['thing1', 'time2', 'thing3', 'thing4'])
    assert.equal(r.data.thing4!.value, '杭州市西湖区人民法院')
  })

  it('does not mutate the values it is given', () => {
    const values = { ...hearing, note: '  带传票\n' }
    const copy = structuredClone(values)
    formatTemplateData(mapping({ thing1: { from: 'note', type: 'thing' } }), values)
    assert.deepEqual(values, copy)
  })
})

describe('templateMappingSchema', () => {
  it('accepts a valid mapping with a page that carries a query', () => {
    const r = templateMappingSchema.safeParse({ templateId: 'aB3-_x', page: 'pages/case/index?id=1', fields: { thing1: { from: 'title', type: 'thing' } } })
    assert.equal(r.success, true)
  })

  it('rejects keyword names that are not lowercase letters followed by digits', () => {
    for (const k of ['Thing1', 'thing', '1thing', 'thing-1']) {
      assert.equal(templateMappingSchema.safeParse({ templateId: 'T', fields: { [k]: { from: 'title', type: 'thing' } } }).success, false, k)
    }
  })

  it('rejects a time keyword mapped from title, an unknown type, a leading slash page, and more than five keywords', () => {
    const f = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`thing${i + 1}`, { from: 'title', type: 'thing' }]))
    assert.equal(templateMappingSchema.safeParse({ templateId: 'T', fields: { time2: { from: 'title', type: 'time' } } }).success, false)
    assert.equal(templateMappingSchema.safeParse({ templateId: 'T', fields: { enum1: { from: 'title', type: 'enum' } } }).success, false)
    assert.equal(templateMappingSchema.safeParse({ templateId: 'T', page: '/pages/index/index', fields: f(1) }).success, false)
    assert.equal(templateMappingSchema.safeParse({ templateId: 'T', fields: f(5) }).success, true)
    assert.equal(templateMappingSchema.safeParse({ templateId: 'T', fields: f(6) }).success, false)
    assert.equal(templateMappingSchema.safeParse({ templateId: 'T', fields: {} }).success, false)
  })
})
