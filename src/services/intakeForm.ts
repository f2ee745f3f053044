/**
 * 新建案件表单的模型：空表单、收到的材料决定问哪些日期、日期写法的宽容处理、从已存案件回填。
 */
import type { CaseRecord, ClaimField, DocumentKind } from '@/storage/caseRecord'
import { claimFields } from '@/storage/caseRecord'
import { parseYuanInput } from '@/domain/money/yuanInput'
import type { IntakeForm } from '@/storage/draftStore'

export type { IntakeForm }

/** 表单分四步：收到什么 → 日期 → 法院与案号、程序 → 原告与金额。 */
export const INTAKE_STEPS = 4

export function emptyIntakeForm(): IntakeForm {
  return {
    documents: [], servedOn: '', serviceMethod: '', publicNoticeOn: '', hearingDate: '', hearingTime: '',
    evidenceMode: '', evidenceDeadline: '', evidenceDays: '', judgmentServedOn: '', rulingServedOn: '',
    mediationStartedOn: '', court: '', caseNumber: '', caseNumberUnchecked: false, procedure: '',
    lenderKey: '', lenderOther: '', principal: '', interest: '', penalty: '', liquidatedDamages: '', otherFees: '', source: '',
    instance: '', foreignParty: false, appealServedOn: '', performanceDays: '', assignment: ''
  }
}

/** 这些材料都是“送达”给你的：要问送达日期和方式（答辩期、举证期、支付令异议期都从这天起算）。 */
const SERVED_DOCUMENTS: readonly DocumentKind[] = ['summons', 'complaint', 'response_notice', 'evidence_notice', 'payment_order']

/** 第二步要显示哪些日期题。 */
export function dateQuestions(form: Pick<IntakeForm, 'documents' | 'serviceMethod'> & Partial<Pick<IntakeForm, 'judgmentServedOn'>>) {
  const has = (kind: DocumentKind) => form.documents.includes(kind)
  const service = SERVED_DOCUMENTS.some(has)
  const judgment = has('judgment')
  const appeal = has('appeal_petition')
  return {
    /** 对方上诉了：问上诉状副本的送达日（第一百七十四条：15 日内答辩）。 */
    appeal,
    /** 填了判决书的日期才问履行期（「判决生效之日起 __ 日内」）。 */
    performance: judgment && (form.judgmentServedOn ?? '').trim() !== '',
    /** 境内没有住所：答辩、上诉期是 30 天（第二百八十五条、第二百八十六条），只在有这些期限时问。 */
    foreignParty: service || judgment || appeal,
    service,
    /** 公告送达时问公告日期，不问签收日期（第九十五条：公告满 30 日视为送达）。 */
    servedOn: service && form.serviceMethod !== 'public_notice',
    publicNoticeOn: service && form.serviceMethod === 'public_notice',
    hearing: has('summons'),
    evidence: has('evidence_notice'),
    judgment: has('judgment'),
    mediation: has('mediation_notice')
  }
}

/**
 * 把常见的日期写法统一成 'YYYY-MM-DD'：2026-9-16、2026/9/16、2026.9.16、2026年9月16日。
 * 只改写法，不判断这一天是否存在（那由期限引擎的 parseCaseFacts 判断）。
 */
export function normalizeDateInput(text: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim())
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text.trim()
}

/** '9:30'、'09：30' → '09:30'；不像时间的原样返回。 */
export function normalizeTimeInput(text: string): string {
  const m = /^(\d{1,2})\s*[:：]\s*(\d{2})$/.exec(text.trim())
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : text.trim()
}

/**
 * 金额文本（元）→ 分；空为 undefined；写错为 null。写法的宽容（千分位、元、全角、万）
 * 和拒绝的理由都在 domain/money/yuanInput.ts，表单的提示和保存用同一套规则。
 */
export function parseYuan(text: string): number | undefined | null {
  const parsed = parseYuanInput(text)
  if (!parsed.ok) return null
  return parsed.empty ? undefined : parsed.fen
}

/** 分 → '12000.50' 这样的元文本（回填表单用）。 */
export function formatYuan(fen: number): string {
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0')}`
}

/** 编辑已存案件：把记录还原成表单文本。 */
export function formFromCase(record: CaseRecord): IntakeForm {
  const f = record.facts
  const claim = Object.fromEntries(claimFields.map((field: ClaimField) => {
    const value = record.claim[field]
    return [field, value === undefined ? '' : formatYuan(value)]
  })) as Record<ClaimField, string>
  return {
    ...emptyIntakeForm(),
    documents: [...record.documents],
    servedOn: f.servedOn ?? '',
    serviceMethod: f.serviceMethod ?? '',
    publicNoticeOn: f.publicNoticeOn ?? '',
    hearingDate: f.hearingAt?.slice(0, 10) ?? '',
    hearingTime: f.hearingAt?.slice(11) ?? '',
    evidenceMode: f.evidenceDeadline ? 'date' : f.evidenceDays !== undefined ? 'days' : '',
    evidenceDeadline: f.evidenceDeadline ?? '',
    evidenceDays: f.evidenceDays === undefined ? '' : String(f.evidenceDays),
    instance: f.instance ?? '',
    foreignParty: f.foreignParty ?? false,
    appealServedOn: f.appealServedOn ?? '',
    performanceDays: f.performanceDays === undefined ? '' : String(f.performanceDays),
    judgmentServedOn: f.judgmentServedOn ?? '',
    rulingServedOn: f.rulingServedOn ?? '',
    mediationStartedOn: f.mediationStartedOn ?? '',
    court: record.court ?? '',
    caseNumber: record.caseNumber ?? '',
    caseNumberUnchecked: record.caseNumberUnchecked ?? false,
    procedure: record.procedure,
    lenderKey: record.lender.key,
    lenderOther: record.lender.key === 'other' ? record.lender.name : '',
    ...claim,
    source: record.source ?? '',
    assignment: record.assignment ?? ''
  }
}
