/**
 * 要素式答辩状的数据形状：每一项是「无□ 有□ 事实和理由：」（答辩事项）或「无异议□ 有异议□ 事实和理由：」
 * （事实和理由），少数几项只写文字（答辩依据、其他、证据清单）。表格本身在 answerFormsOfficial.ts。
 */
import type { ClaimKind } from '../claims/claimKind'
import type { AnswerElement, ClaimedItems } from '../claims/findings'

export type AnswerItem = {
  id: string
  heading: string
  /** stance: 无/有异议 + 事实和理由; text: only text (with labelled parts, e.g. 合同约定：/法律规定：). */
  kind: 'stance' | 'text'
  parts?: readonly { id: string; label: string }[]
  /** The claimed amounts this item answers (printed as 「原告主张：…」 above the boxes). */
  claimed?: readonly (keyof ClaimedItems)[]
}

export type AnswerForm = {
  claimKind: ClaimKind
  /** 案由 as printed in the title: 民事答辩状（金融借款合同纠纷） */
  caseType: string
  /**
   * Set when the court has no 要素式 form for this 案由 that we could verify: the items are those of the
   * closest official form (this kind's), and the page says so.
   */
  basedOn?: ClaimKind
  defence: readonly AnswerItem[]
  facts: readonly AnswerItem[]
  /** Which item a claim-check point on each element fills (findings.ts: AnswerElement). */
  elementItem: Record<AnswerElement, string>
}

export const stance = (id: string, heading: string, claimed?: (keyof ClaimedItems)[]): AnswerItem => ({ id, heading, kind: 'stance', claimed })
export const text = (id: string, heading: string, parts?: { id: string; label: string }[]): AnswerItem => ({ id, heading, kind: 'text', parts })

/** 担保 items shared by 1.1 (10–16) and 1.2 (7–13). */
export const securityFacts: AnswerItem[] = [
  stance('realSecurity', '是否签订物的担保合同'),
  stance('securityProviders', '担保人、担保物'),
  stance('maxMortgage', '最高额抵押担保'),
  stance('registration', '是否办理抵押/质押登记'),
  stance('guaranteeContract', '是否签订保证合同/保函'),
  stance('guaranteeMode', '保证方式'),
  stance('otherSecurity', '其他担保方式'),
]

export const basisItem = text('basis', '答辩依据', [{ id: 'contract', label: '合同约定：' }, { id: 'law', label: '法律规定：' }])
export const otherNotesItem = text('otherNotes', '其他需要说明的内容（可另附页）')
export const evidenceItem = text('evidence', '证据清单（可另附页）')

/** 答辩依据, 其他, 证据清单 in the order of 1.1–1.3. */
export const closingFacts: AnswerItem[] = [basisItem, otherNotesItem, evidenceItem]

/**
 * Items where 「无异议」 accepts an amount as the plaintiff states it (自认, 证据规定第三条): the page asks
 * the user to confirm before ticking it.
 * @example admitsAmount('principal') // true
 */
export function admitsAmount(itemId: string): boolean {
  return AMOUNT_ITEMS.has(itemId)
}
const AMOUNT_ITEMS: ReadonlySet<string> = new Set(['principal', 'interest', 'premium', 'total'])
