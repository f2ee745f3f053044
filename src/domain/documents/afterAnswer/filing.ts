/**
 * 交到哪里、交几份，以及生成之前要先说清楚的事（文书让用户承认或放弃什么时，先告诉他）。
 * - 上诉状：通过原审人民法院提出，按对方当事人人数提出副本（民事诉讼法第一百七十三条）；对方当事人包括被上诉人和
 *   原审其他当事人（解释第三百一十六条）。
 * - 执行异议、时效异议、解除限制消费：向负责执行的人民法院（民事诉讼法第二百三十六条）。
 * - 其余：审理本案的法院。书证提出命令要听取对方意见（证据规定第四十六条），质证意见要送交对方（证据规定第六十条
 *   第二款），所以按对方人数多交副本 [M: no rule fixes their number of copies]。
 */
import type { DocumentValues } from '../template'
import { admitsAnything, type Exhibit } from './exhibits'
import type { AfterAnswerKind } from './kinds'

export type FilingPlace = 'trial_court' | 'original_court' | 'enforcement_court'
export type Filing = { place: FilingPlace; copies: number; basis: readonly string[] }

const WITH_COPIES: ReadonlySet<AfterAnswerKind> = new Set(['appeal', 'document_production', 'evidence_opinion', 'late_enforcement_objection', 'enforcement_objection'])

/**
 * Where a document is filed and how many copies: one for the court, plus one per opposing party where the
 * court passes it on. `opposing` defaults to one (the lender).
 * @example filingOf('appeal', 2) // { place: 'original_court', copies: 3, basis: ['民事诉讼法第一百七十三条', '民诉法解释第三百一十六条'] }
 */
export function filingOf(kind: AfterAnswerKind, opposing = 1): Filing {
  const copies = WITH_COPIES.has(kind) ? 1 + Math.max(1, opposing) : 1
  if (kind === 'appeal') return { place: 'original_court', copies, basis: ['民事诉讼法第一百七十三条', '民诉法解释第三百一十六条'] }
  if (kind === 'late_enforcement_objection' || kind === 'enforcement_objection' || kind === 'lift_consumption_restriction') {
    return { place: 'enforcement_court', copies, basis: ['民事诉讼法第二百三十六条', '民事诉讼法第二百三十五条'] }
  }
  return { place: 'trial_court', copies, basis: [] }
}

export const warningCodes = ['admission', 'absence_is_default', 'paying_loses_objection', 'interruption_must_be_true', 'limitation_first_instance_only'] as const
export type WarningCode = (typeof warningCodes)[number]

/**
 * What the user must know before this document is made, from its values:
 * - admission: a 认可 in the 质证意见 admits that point (证据规定第三条; withdrawn only as 第九条 allows);
 * - absence_is_default: consenting to an online hearing, then not joining, is 拒不到庭 (在线诉讼规则第二十五条);
 * - paying_loses_objection: paying before objecting to a late enforcement loses it (解释第四百八十一条第二款);
 * - interruption_must_be_true: the no-interruption sentence is a statement of fact the lender can disprove;
 * - limitation_first_instance_only: a limitation defence not raised at first instance fails on appeal (诉讼时效规定第三条).
 * @example afterAnswerWarnings('online_hearing', { onlinePosition: ['consent'] }) // ['absence_is_default']
 */
export function afterAnswerWarnings(kind: AfterAnswerKind, fields: DocumentValues['fields']): WarningCode[] {
  const chosen = (key: string, code: string) => Array.isArray(fields[key]) && (fields[key] as readonly unknown[]).includes(code)
  switch (kind) {
    case 'evidence_opinion': return Array.isArray(fields.exhibits) && admitsAnything(fields.exhibits as unknown as readonly Exhibit[]) ? ['admission'] : []
    case 'online_hearing': return chosen('onlinePosition', 'consent') ? ['absence_is_default'] : []
    case 'late_enforcement_objection': return ['paying_loses_objection', ...(chosen('enforcementFacts', 'no_interruption') ? ['interruption_must_be_true' as const] : [])]
    case 'appeal': return chosen('appealGrounds', 'limitation_raised') ? ['limitation_first_instance_only'] : []
    default: return []
  }
}
