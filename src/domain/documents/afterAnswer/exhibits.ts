/**
 * 质证意见里的一份证据：名称（照原告证据目录写）、原告说要证明什么，以及对三性的意见。
 * 民诉法解释第一百零四条第一款 (checked): 「人民法院应当组织当事人围绕证据的真实性、合法性以及与待证事实的关联性
 * 进行质证，并针对证据有无证明力和证明力大小进行说明和辩论。」 So each exhibit gets 真实性、合法性、关联性, each
 * 认可 / 不认可 / 无法确认, and an opinion on what it is said to prove.
 *
 * 认可 is an admission: 证据规定第三条 — a fact against oneself that one clearly accepts in a written statement
 * needs no proof by the other side; 第九条 — it can be withdrawn only with the other side's consent or when made
 * under duress or by a serious mistake. The page says so before the document is made.
 */
import { cleanText } from '../format'

export const exhibitAspects = ['authenticity', 'legality', 'relevance'] as const
export type ExhibitAspect = (typeof exhibitAspects)[number]
export const exhibitStances = ['accept', 'reject', 'unsure'] as const
export type ExhibitStance = (typeof exhibitStances)[number]

/** The exhibits an online lender usually files (documents.md §6), offered as a start. */
export const commonExhibits = [
  'loan_contract', 'disbursement', 'repayment_ledger', 'collection_records', 'assignment_notice', 'id_verification', 'plaintiff_license', 'calculation',
] as const
export type CommonExhibit = (typeof commonExhibits)[number]

export type ExhibitOpinion = { stance?: ExhibitStance; reason?: string }
export type Exhibit = {
  name: string
  /** 原告的证明目的 as the 证据目录 states it. */
  purpose?: string
  aspects: Partial<Record<ExhibitAspect, ExhibitOpinion>>
  /** 对证明目的的意见. */
  opinion?: string
}

/** An exhibit as stored (strings as typed; a stance the app no longer knows is dropped on read). */
export type ExhibitDraft = {
  id: string
  name?: string
  common?: string
  purpose?: string
  opinion?: string
} & Partial<Record<ExhibitAspect, { stance?: string; reason?: string }>>

export const MAX_EXHIBITS = 40

const stanceOf = (value: string | undefined): ExhibitStance | undefined =>
  (exhibitStances as readonly string[]).includes(value ?? '') ? (value as ExhibitStance) : undefined

const text = (value: string | undefined): string | undefined => {
  const cleaned = cleanText(value ?? '')
  return cleaned === '' ? undefined : cleaned
}

/**
 * The exhibits a document prints, from the drafts: text cleaned, unknown stances dropped, exhibits without a
 * name or any opinion left out (an empty card the user added and never filled).
 * @example readExhibits([{ id: 'a', name: ' 借款合同 ', authenticity: { stance: 'unsure' } }])
 * // [{ name: '借款合同', aspects: { authenticity: { stance: 'unsure' } } }]
 */
export function readExhibits(drafts: readonly ExhibitDraft[] | undefined): Exhibit[] {
  const out: Exhibit[] = []
  for (const draft of (drafts ?? []).slice(0, MAX_EXHIBITS)) {
    const aspects: Exhibit['aspects'] = {}
    for (const aspect of exhibitAspects) {
      const stance = stanceOf(draft[aspect]?.stance)
      const reason = text(draft[aspect]?.reason)
      if (stance || reason) aspects[aspect] = { ...(stance ? { stance } : {}), ...(reason ? { reason } : {}) }
    }
    const name = text(draft.name)
    const purpose = text(draft.purpose)
    const opinion = text(draft.opinion)
    if (!name && Object.keys(aspects).length === 0 && !opinion) continue
    out.push({ name: name ?? '', aspects, ...(purpose ? { purpose } : {}), ...(opinion ? { opinion } : {}) })
  }
  return out
}

/**
 * Whether the exhibits admit anything (a 认可 on any aspect): the page warns before the document is made.
 * @example admitsAnything([{ name: '借款合同', aspects: { legality: { stance: 'accept' } } }]) // true
 */
export function admitsAnything(exhibits: readonly Exhibit[]): boolean {
  return exhibits.some((e) => exhibitAspects.some((a) => e.aspects[a]?.stance === 'accept'))
}
