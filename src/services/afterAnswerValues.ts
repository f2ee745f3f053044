/**
 * 答辩之后的文书（issue 21）从案件里能预先填好的值：开庭日、举证期限、履行期、执行法院；上诉状的上诉金额（起诉的
 * 总额）、对方人数（1）和逐项的上诉理由（答辩状里“有异议”并写了理由的各项）。用户改过的一律优先（effectiveDraft）。
 */
import { appealFee, type AppealFee } from '@/domain/claims/appealFee'
import type { ClaimKind } from '@/domain/claims/claimKind'
import { afterAnswerWarnings, filingOf, type Filing, type WarningCode } from '@/domain/documents/afterAnswer/filing'
import type { DocOffer } from '@/domain/documents/catalogue'
import type { Deadline } from '@/domain/deadlines'
import { answerFormFor, type AnswerForm } from '@/domain/documents/answerForms'
import { isAfterAnswerKind } from '@/domain/documents/afterAnswer/kinds'
import type { DocKind } from '@/domain/documents/docKinds'
import { cleanText } from '@/domain/documents/format'
import type { AnswerValues, DocumentValues } from '@/domain/documents/template'
import { fenToYuanText, parseYuanInput } from '@/domain/money/yuanInput'
import type { CaseRecord } from '@/storage/caseRecord'
import type { DocDraft } from '@/storage/documentStore'

/** 「对本金有无异议」 → 「本金」: the item as the appeal names it. */
const itemLabel = (heading: string): string => heading.replace(/^对/, '').replace(/有无异议$/, '').replace(/（[^（）]*）$/, '')

/**
 * The appeal's reasons, one paragraph per answer item the user objected to with a reason, in the form's order:
 * 「关于本金：实际到手9,000元。」 (unnumbered: the template numbers the common grounds above them).
 */
export function appealReasonsFrom(form: AnswerForm, answers: AnswerValues): string {
  const items = [...form.defence, ...form.facts].filter((item) => item.kind === 'stance')
  const lines = items.flatMap((item) => {
    const a = answers[item.id]
    const text = cleanText(a?.text ?? '').replace(/\n+/g, '')
    return a?.stance === 'object' && text !== '' ? [{ label: itemLabel(item.heading), text }] : []
  })
  return lines.map((l) => `关于${l.label}：${l.text}`).join('\n')
}

export type AfterAnswerDefaultsInput = { claimKind: ClaimKind; claimTotalFen?: number; answers?: AnswerValues }

/** The values an after-answer document starts from (strings, as the form holds them). */
export function afterAnswerDefaults(kind: DocKind, record: CaseRecord, deadlines: readonly Deadline[], input: AfterAnswerDefaultsInput): Record<string, string> {
  if (!isAfterAnswerKind(kind)) return {}
  const due = (k: string) => deadlines.find((d) => d.kind === k)?.due
  const out: Record<string, string | undefined> = {}
  switch (kind) {
    case 'document_production':
    case 'evidence_collection':
      out.evidenceDue = due('evidence')
      break
    case 'online_hearing':
    case 'hearing_postponement':
      out.hearingOn = due('hearing')
      break
    case 'appeal':
      out.appealedFen = input.claimTotalFen !== undefined ? fenToYuanText(input.claimTotalFen) : undefined
      out.opposingCount = '1'
      out.appealReasons = input.answers ? appealReasonsFrom(answerFormFor(input.claimKind), input.answers) || undefined : undefined
      break
    case 'late_enforcement_objection':
      out.enforcementCourt = record.court
      out.performanceDue = due('performance')
      break
    case 'enforcement_objection':
    case 'lift_consumption_restriction':
      out.enforcementCourt = record.court
      break
    case 'evidence_opinion':
      break
  }
  return Object.fromEntries(Object.entries(out).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''))
}

/**
 * The amount an appeal disputes: what the user typed in the appeal (when it reads as an amount), else the claim.
 * The catalogue computes the appeal fee on it (诉讼费用交纳办法第十七条).
 */
export function appealAmountFen(appealDraft: DocDraft | undefined, claimTotalFen: number | undefined): number | undefined {
  const typed = appealDraft?.fields.appealedFen
  if (typed !== undefined && typed.trim() !== '') {
    const parsed = parseYuanInput(typed)
    return parsed.ok && !parsed.empty ? parsed.fen : undefined
  }
  return claimTotalFen
}

export type AfterAnswerPanel = {
  filing: Filing
  deadline: Deadline | null
  /** The appeal fee on the amount typed (or the claim), for the appeal. */
  fee: AppealFee | null
  warnings: WarningCode[]
}

/** What the form and the preview show around an after-answer document; null for the others. */
export function afterAnswerPanel(kind: DocKind, fields: DocumentValues['fields'], offer: DocOffer | null): AfterAnswerPanel | null {
  if (!isAfterAnswerKind(kind)) return null
  const opposing = typeof fields.opposingCount === 'number' ? fields.opposingCount : 1
  const fee = kind === 'appeal' && typeof fields.appealedFen === 'number' ? appealFee(fields.appealedFen) : null
  return { filing: filingOf(kind, opposing), deadline: offer?.deadline ?? null, fee, warnings: afterAnswerWarnings(kind, fields) }
}
