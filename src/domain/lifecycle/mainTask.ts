/**
 * 答辩才是主要的事：管辖权异议和答辩期在同一天结束（第一百三十条「应当在提交答辩状期间提出」），但异议是可选的，
 * 答辩是每个被告都有的一步。凡是只显示一个期限的地方（首页的“下一个期限”、下一步的一句话）和期限卡片的顺序，
 * 同一天（或更晚）到期的答辩都排在异议前面。
 */
import type { LifecycleDeadline, LifecycleKind } from './lifecycleFacts'

/** Steps the user may take but need not: never the headline while the answer is still open. */
const OPTIONAL_BESIDE_ANSWER: readonly LifecycleKind[] = ['jurisdiction_objection']

/** True when `d` is optional and an answer in `open` ends the same day or later. */
function yieldsToAnswer(d: LifecycleDeadline, open: readonly LifecycleDeadline[]): boolean {
  return OPTIONAL_BESIDE_ANSWER.includes(d.kind) && open.some((o) => o.kind === 'answer' && o.due >= d.due)
}

/**
 * The one deadline to show first among the deadlines still open (sorted by date): the earliest, except that an
 * optional objection gives way to an answer due the same day or later.
 * @example mainDeadline([{ kind: 'jurisdiction_objection', due: '2026-10-08' }, { kind: 'answer', due: '2026-10-08' }])?.kind // 'answer'
 */
export function mainDeadline<D extends LifecycleDeadline>(open: readonly D[]): D | undefined {
  return open.find((d) => !yieldsToAnswer(d, open)) ?? open[0]
}

/**
 * The deadlines in the order the case page shows them: by date, with an optional objection after the answer it
 * shares its last day with. Stable otherwise; does not mutate its input.
 * @example displayOrder([{ kind: 'jurisdiction_objection', due: '2026-10-08' }, { kind: 'answer', due: '2026-10-08' }]).map((d) => d.kind)
 * // ['answer', 'jurisdiction_objection']
 */
export function displayOrder<D extends LifecycleDeadline>(deadlines: readonly D[]): D[] {
  const out = [...deadlines]
  for (let i = 0; i < out.length; i++) {
    const d = out[i]
    if (!yieldsToAnswer(d, out.slice(i + 1))) continue
    const answerAt = out.findIndex((o, j) => j > i && o.kind === 'answer' && o.due === d.due)
    if (answerAt > i) { out.splice(i, 1); out.splice(answerAt, 0, d) }
  }
  return out
}
