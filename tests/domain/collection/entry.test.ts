/**
 * A collection entry as typed becomes a usable record: a real date not after today (a record without a date proves
 * little), a 24-hour time, known codes only; contacting someone else counts as a third-party contact.
 */
import { isBlankDraft, isNightTime, readEntry, type EntryDraft } from '../../../src/domain/collection/entry'
import { suggestedConduct, summarizeRecord } from '../../../src/domain/collection/summary'

const TODAY = '2026-09-20'
const draft = (patch: Partial<EntryDraft> = {}): EntryDraft => ({ on: '2026-09-18', at: '', channel: 'call', from: '', who: '', said: '', conduct: [], thirdParties: [], thirdPartyNote: '', ...patch })

describe('readEntry', () => {
  it('reads a full entry, trimming what was typed and normalising 21：40 to 21:40', () => {
    const { entry, issues } = readEntry(draft({ at: '21：40', from: ' 0571-88886666 ', who: '自称律师', said: '说要上门\r\n说要告诉我单位', conduct: ['threats'] }), TODAY)
    expect(issues).toEqual([])
    expect(entry).toEqual({ on: '2026-09-18', at: '21:40', channel: 'call', from: '0571-88886666', who: '自称律师', said: '说要上门\n说要告诉我单位', conduct: ['threats'], thirdParties: [], thirdPartyNote: '' })
  })

  it.each([
    ['', 'date_required'], ['2026-02-30', 'invalid_date'], ['9月18日', 'invalid_date'], ['2026-09-21', 'date_in_future'],
  ])('refuses the date %j with %s and keeps the rest', (on, code) => {
    const { entry, issues } = readEntry(draft({ on, said: '打了三次' }), TODAY)
    expect(issues).toEqual([{ field: 'on', code }])
    expect(entry.on).toBeUndefined()
    expect(entry.said).toBe('打了三次')
  })

  it.each(['24:00', '9:5', '晚上九点', '21:60'])('refuses the time %j', (at) => {
    expect(readEntry(draft({ at }), TODAY).issues).toEqual([{ field: 'at', code: 'invalid_time' }])
  })

  it('counts calling the family as a third-party contact even when that box was not ticked, and drops unknown codes', () => {
    const { entry } = readEntry(draft({ thirdParties: ['family', 'neighbours'], conduct: ['abuse', 'unknown'], channel: 'pigeon' }), TODAY)
    expect(entry.thirdParties).toEqual(['family'])
    expect(entry.conduct).toEqual(['third_party_contact', 'abuse'])
    expect(entry.channel).toBeUndefined()
  })
})

describe('isBlankDraft', () => {
  it('is true only when nothing is typed or chosen', () => {
    expect(isBlankDraft(draft({ on: '', channel: '' }))).toBe(true)
    expect(isBlankDraft(draft({ on: '', channel: 'sms' }))).toBe(false)
    expect(isBlankDraft(draft())).toBe(false)
  })
})

describe('isNightTime (22:00 to 8:00, the banking association\'s guideline [S])', () => {
  it.each([['22:00', true], ['23:59', true], ['00:30', true], ['07:59', true], ['08:00', false], ['21:59', false]])('%s → %s', (at, night) => {
    expect(isNightTime(at)).toBe(night)
  })
})

describe('summarizeRecord', () => {
  const e = (patch: Partial<EntryDraft>, photos = 0) => ({ entry: readEntry(draft(patch), TODAY).entry, photos })

  it('gives the span, the people contacted, the conduct, the night contacts, the busiest day and the screenshots', () => {
    const summary = summarizeRecord([
      e({ on: '2026-09-18', at: '22:30', thirdParties: ['employer'] }, 2),
      e({ on: '2026-09-01', at: '10:00', conduct: ['threats'] }),
      e({ on: '2026-09-18', at: '09:00', channel: 'sms', thirdParties: ['family'] }, 1),
      e({ on: '' }),
    ])
    expect(summary).toEqual({
      count: 4, dated: 3, firstOn: '2026-09-01', lastOn: '2026-09-18', channels: ['call', 'sms'],
      conduct: ['third_party_contact', 'threats'], thirdParties: ['family', 'employer'], nightCount: 1,
      busiestDay: { on: '2026-09-18', count: 2 }, photoCount: 3,
    })
  })

  it('is empty for no entries', () => {
    expect(summarizeRecord([])).toEqual({ count: 0, dated: 0, channels: [], conduct: [], thirdParties: [], nightCount: 0, photoCount: 0 })
  })

  it('suggests harassment for a letter when a contact came at night, in the catalogue\'s order', () => {
    expect(suggestedConduct({ conduct: ['threats'], nightCount: 1 })).toEqual(['threats', 'harassment'])
    expect(suggestedConduct({ conduct: ['abuse'], nightCount: 0 })).toEqual(['abuse'])
  })
})
