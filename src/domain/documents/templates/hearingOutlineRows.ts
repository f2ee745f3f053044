/**
 * 庭审提纲的表格：四部分——法官会逐项核对的要素、要主动提出的、要带的、在线开庭（只在互联网法院或通知写明在线时）。
 * 依据见 domain/hearing/outline.ts；这里是纸上的话。证据的名字由调用方给（证据清单的文字在 src/i18n/evidenceItems.ts）。
 */
import type { LimitationEvent } from '../../claims/limitation'
import type { EvidenceItemCode } from '../../evidence/checklist'
import type { Position } from '../../hearing/answerPositions'
import type { HearingOutline, RaisePoint } from '../../hearing/outline'
import { formatFen } from '../../money/yuanInput'
import { documentDate } from '../format'
import type { TableRows } from '../template'

export type OutlineNames = {
  /** 「证据2 借款和还款记录」 */
  exhibit: (n: number) => string
  /** The checklist item's title. */
  item: (code: EvidenceItemCode) => string
}

const POSITION: Record<Position, string> = {
  accept: '我的意见：无异议（认可原告的说法）',
  dispute: '我的意见：有异议',
  put_to_proof: '我的意见：不能确认，请原告举证证明',
  open: '我的意见：（答辩状里没有勾选，庭上要说清楚）',
}

const EVENT: Record<LimitationEvent, string> = { last_due: '最后一期到期', last_repayment: '最后一次还款', last_demand: '最后一次催收到达你', last_promise: '最后一次同意还款' }
const percent = (rate: number): string => `${(rate * 100).toFixed(2).replace(/\.00$/, '')}%`

function raiseRow(p: RaisePoint): { label: string; lines: string[] } {
  if (p.code === 'limitation') {
    return { label: '诉讼时效', lines: [
      `${EVENT[p.event]}是${documentDate(p.latestOn)}，三年到${documentDate(p.ranOn)}届满；${p.filingDateKnown ? '原告起诉时' : '按立案时间估计，起诉时'}可能已经过了。`,
      '开庭时明确说：“我提出诉讼时效抗辩。”法院不会主动适用（民法典第一百九十三条），一审不提，以后一般不能再提（诉讼时效规定第三条）。',
      '原告说催收过、时效中断了，要由原告拿出证据；不要当庭说“我会还”——时效过了以后同意还款，就不能再以时效抗辩（民法典第一百九十二条第二款）。',
    ] }
  }
  return { label: '利息、费用超过上限', lines: [
    `按本金实际占用的金额和天数以单利计算，至${documentDate(p.asOf)}最多${formatFen(p.allowedFen)}元（年利率${percent(p.capRate)}）；原告收取和主张的共${formatFen(p.chargedFen)}元，超出${formatFen(p.excessFen)}元。`,
    `请求法院对超出部分予以调减。${p.reference ? '（年利率24%的标准来自法院的司法文件，属于参考。）' : ''}`,
  ] }
}

const ONLINE_LINES = [
  '平台：用传票或开庭通知里写明的平台（小程序、App 或网址）和登录方式；提前实名认证并关联本案（在线诉讼规则第七条）。',
  '设备：手机或电脑，充满电或插上电源；提前试一次摄像头、话筒和网络。',
  '身份：身份证原件放在手边，开庭时要对着镜头出示。',
  '地点：安静、光线好、只有你一个人的房间；不要在公共场所、车里或边走边参加。',
  '出示证据：证据提前上传到平台；开庭时把原件或手机里的原始页面对着镜头，一页一页慢慢展示。',
  '断线：马上重新进入，并打法院电话说明。没有正当理由不参加在线庭审，视为拒不到庭（在线诉讼规则第二十五条）。',
]

/**
 * The outline's table rows.
 * @example hearingOutlineRows(outline, names)[0] // { section: '一、法官会逐项核对的要素（按你的答辩状）' }
 */
export function hearingOutlineRows(outline: HearingOutline, names: OutlineNames): TableRows {
  const rows: ({ section: string } | { label: string; lines: string[] })[] = [{ section: '一、法官会逐项核对的要素（按你的答辩状）' }]
  for (const item of outline.items) {
    rows.push({ label: item.heading, lines: [
      POSITION[item.position],
      ...(item.reason ? [`理由：${item.reason}${item.more ? '（详见答辩状）' : ''}`] : []),
      ...(item.exhibits.length > 0 ? [`证据：${item.exhibits.map(names.exhibit).join('；')}`] : []),
    ] })
  }
  if (outline.otherNotes) rows.push({ label: '其他需要说明的', lines: [outline.otherNotes] })
  const left = outline.unanswered.map((u) => u.heading)
  if (left.length > 0) rows.push({ label: '答辩状里没有填的', lines: [left.join('；'), '法官问到时如实回答；不清楚的，说“不能确认，请原告举证”。'] })
  if (outline.securityLeftEmpty) rows.push({ label: '担保各项', lines: ['网贷、信用卡一般没有抵押、质押或保证人；法官问到时照实回答。'] })
  rows.push({ label: '记住', lines: ['法官问到的每一项都要明确表态：认可、不认可，或者“不能确认，请原告举证”。问了仍不表态的，可能被当作承认（证据规定第四条）。'] })
  if (outline.raise.length > 0) {
    rows.push({ section: '二、要主动提出的' })
    rows.push(...outline.raise.map(raiseRow))
  }
  rows.push({ section: outline.raise.length > 0 ? '三、开庭要带的' : '二、开庭要带的' })
  for (const b of outline.bring) rows.push({ label: names.item(b.code), lines: [b.copies ? `${b.copies}份：法院1份，对方当事人每人1份` : '带上'] })
  if (outline.originals.length > 0) rows.push({ label: '证据原件', lines: [`${outline.originals.map(names.exhibit).join('；')}：带原件；手机里的记录带上手机，能打开原始页面。`] })
  if (outline.online) {
    rows.push({ section: `${outline.raise.length > 0 ? '四' : '三'}、在线开庭${outline.online === 'internet_court' ? '（互联网法院一般在线开庭）' : ''}` })
    ONLINE_LINES.forEach((line) => {
      const [label, ...rest] = line.split('：')
      rows.push({ label, lines: [rest.join('：')] })
    })
  }
  return rows
}
