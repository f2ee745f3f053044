/**
 * 答辩状每一项的态度怎么读进庭审提纲：这是唯一读答辩草稿态度的地方（答辩编辑页以后可能再加选项）。
 * Known stances: agree (无/无异议: accepting the plaintiff's statement is an admission, 证据规定第三条), object
 * (有/有异议), unsure (不能确认，请原告举证). Any other stance a later version stores is read as "put to proof":
 * never as an admission.
 */
import type { AnswerValue } from '../documents/template'

export type Position = 'accept' | 'dispute' | 'put_to_proof' | 'open'

/**
 * @example positionOf({ stance: 'object', text: '利率过高' }) // 'dispute'
 * @example positionOf({ text: '只写了理由' }) // 'open'
 * @example positionOf({}) // null (nothing answered)
 */
export function positionOf(value: AnswerValue | undefined): Position | null {
  const stance = (value?.stance ?? '') as string
  if (stance === 'agree') return 'accept'
  if (stance === 'object') return 'dispute'
  if (stance !== '') return 'put_to_proof'
  return (value?.text ?? '').trim() !== '' ? 'open' : null
}

/**
 * The reason in one line: its first non-empty line, and whether more follows.
 * @example reasonLine('利率过高。\n请求调减。') // { line: '利率过高。', more: true }
 */
export function reasonLine(text: string | undefined): { line: string; more: boolean } | null {
  const lines = (text ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '')
  return lines.length > 0 ? { line: lines[0], more: lines.length > 1 } : null
}
