/**
 * 催收记录表的行：每条记录一行，标签是「序号. 日期 时间」，内容是方式和号码、对方自称、说了什么、联系了谁、
 * 不该有的行为、截图编号（记录序号-截图序号，和另附的截图对应）。
 */
import type { ConductCode } from '../../collection/conduct'
import type { Channel, CollectionEntry, ThirdParty } from '../../collection/entry'
import { isNightTime } from '../../collection/entry'
import { documentDate } from '../format'
import type { TableRows } from '../template'

export const channelNames: Record<Channel, string> = { call: '电话', sms: '短信', wechat: '微信', app: 'App消息', visit: '上门', letter: '信件', other: '其他' }
export const thirdPartyNames: Record<ThirdParty, string> = { family: '家人', employer: '工作单位', colleagues: '同事', friends: '朋友', contacts: '通讯录里的其他人', other: '其他人' }
export const conductNames: Record<ConductCode, string> = {
  third_party_contact: '联系与债务无关的人', debt_disclosed: '向别人透露个人信息和债务情况', threats: '威胁、恐吓',
  false_authority: '冒充公检法或律师、说要抓人', abuse: '辱骂、侮辱', harassment: '夜间或频繁联系',
}

export type RowEntry = { entry: CollectionEntry; photos: number }

/**
 * @example
 * collectionRecordRows([{ entry: { on: '2026-09-18', at: '22:30', channel: 'call', from: '0571-88886666', who: '自称律师', said: '说要起诉并上门', conduct: ['threats'], thirdParties: ['family'], thirdPartyNote: '打给了我母亲' }, photos: 2 }])[0]
 * // { label: '1. 2026年9月18日 22:30（夜间）', lines: ['方式：电话；号码或账号：0571-88886666', '对方自称：自称律师', '说了什么：说要起诉并上门',
 * //   '还联系了：家人（打给了我母亲）', '问题：威胁、恐吓', '截图：1-1至1-2'] }
 */
export function collectionRecordRows(entries: readonly RowEntry[]): TableRows {
  return entries.map(({ entry, photos }, i) => {
    const n = i + 1
    const when = [entry.on ? documentDate(entry.on) : '日期未填', entry.at ? ` ${entry.at}${isNightTime(entry.at) ? '（夜间）' : ''}` : ''].join('')
    const how = [entry.channel ? `方式：${channelNames[entry.channel]}` : '', entry.from ? `号码或账号：${entry.from}` : ''].filter((t) => t !== '').join('；')
    const others = entry.thirdParties.map((p) => thirdPartyNames[p]).join('、')
    const lines = [
      how,
      entry.who ? `对方自称：${entry.who}` : '',
      entry.said ? `说了什么：${entry.said}` : '',
      others || entry.thirdPartyNote ? `还联系了：${others}${entry.thirdPartyNote ? `（${entry.thirdPartyNote}）` : ''}` : '',
      entry.conduct.length > 0 ? `问题：${entry.conduct.map((c) => conductNames[c]).join('；')}` : '',
      photos > 0 ? `截图：${photos === 1 ? `${n}-1` : `${n}-1至${n}-${photos}`}` : '',
    ].filter((l) => l !== '')
    return { label: `${n}. ${when}`, lines: lines.length > 0 ? lines : ['（没有写内容）'] }
  })
}

/**
 * The sentence a letter or complaint uses to refer to the record: dates, how many contacts, how many at night.
 * @example collectionRecordLine({ count: 3, dated: 3, firstOn: '2026-09-01', lastOn: '2026-09-18', nightCount: 1 }, 'letter')
 * // '自2026年9月1日至2026年9月18日，本人记录到贵司或者贵司委托的催收人员联系本人或者他人共3次，其中夜间（22时至次日8时）1次；记录和截图由本人保存。'
 */
export function collectionRecordLine(s: { count: number; dated: number; firstOn?: string; lastOn?: string; nightCount: number }, voice: 'letter' | 'complaint'): string | undefined {
  if (s.count === 0 || !s.firstOn || !s.lastOn) return undefined
  const span = s.firstOn === s.lastOn ? `${documentDate(s.firstOn)}` : `自${documentDate(s.firstOn)}至${documentDate(s.lastOn)}`
  const night = s.nightCount > 0 ? `，其中夜间（22时至次日8时）${s.nightCount}次` : ''
  return voice === 'letter'
    ? `${span}，本人记录到贵司或者贵司委托的催收人员联系本人或者他人共${s.count}次${night}；记录和截图由本人保存。`
    : `${span}，投诉人记录到被投诉机构或者其委托的催收人员联系投诉人或者他人共${s.count}次${night}，详见附件催收记录表。`
}
