/**
 * 期限的名称、每类期限该做什么、引擎说明代码的白话。按引擎导出的类型声明，
 * 引擎新增一种期限或说明代码而这里没写，编译就会失败。
 */
import type { DeadlineKind, ExplanationCode } from '@/domain/deadlines'
import type { Assumption } from '@/services/timeline'
import { monthDay } from './dates'

type Params = Record<string, string | number>

export { deadlineKindName } from './deadlineKinds'

/** 每类期限：到期前要做的事，写给没有律师的人。 */
export const deadlineTodo: Record<DeadlineKind, string> = {
  answer: '在这一天之前把书面答辩状交给法院：可以当面递交、邮寄（期满前寄出就不算晚，留好邮寄凭证），或在法院的网上诉讼平台提交。不交答辩状，法院照样审理、照样判决（法律规定“不影响人民法院审理”）；写了，法官在开庭前就能看到你对欠款金额、利息和违约金的意见，所以最好写。',
  jurisdiction_objection: '这一步是可选的，主要的事是按时交答辩状。只有你认为案子不该由这个法院审时才提：能不能成，要看这个法院和你的住所地（或经常居住地）、出借方所在地、合同约定的法院是什么关系，文书里的“管辖权异议书”会按你的情况说明。要提，就在答辩期内书面提出；只答辩、不提异议，视为同意由这个法院审理。',
  evidence: '在这一天之前把证据交给法院：还款记录、借款合同和账单、与对方的沟通记录等。确实来不及的，要在期满前书面申请延长。',
  hearing: '按传票上的时间到庭，或按法院通知参加在线庭审；带上身份证、答辩状和证据原件。确有正当理由去不了，要提前向法院申请延期。',
  payment_order_objection: '不同意支付令，要在这一天之前向法院递交书面异议。打电话或当面口头说不同意都无效；只说“现在还不起”“想分期”也不算异议。',
  appeal_judgment: '不服一审判决，在这一天之前递交上诉状（通过原审法院提交），并按通知交上诉费。',
  appeal_ruling: '不服可以上诉的裁定（不予受理、管辖权异议、驳回起诉），在这一天之前递交上诉状。',
  retrial: '判决生效后认为确有错误的，可以在这一天之前申请再审。这个期限不能延长。',
  mediation_end: '诉前调解一般为 30 天。能谈就把还款方案谈清楚并写进调解协议；调解不成、对方坚持起诉的，法院会立案，你会再收到起诉状副本。',
  appeal_answer: '对方上诉了。你可以在这一天之前向二审法院交书面答辩状，说明一审判决哪里对、对方的上诉理由为什么不成立。不交答辩状也不影响二审审理，但写了更能说清你的意见。',
  performance: '判决生效后，要在这一天之前按判决付款（可以和对方商量分期，最好写成书面的执行和解）。逾期不付，要加倍支付迟延期间的利息，对方可以申请强制执行。',
  small_claims_objection: '如果你认为这个案子不该按小额诉讼（一审终审、不能上诉）审理，要在开庭前向法院提出异议，最好书面提出。开庭后再提就晚了。'
}

export const explanationText: Record<ExplanationCode, (p: Params) => string> = {
  rolled_over: (p) => p.holiday ? `${monthDay(String(p.from))}是${p.holiday}假期，顺延至${monthDay(String(p.to))}` : `${monthDay(String(p.from))}是周末，顺延至${monthDay(String(p.to))}`,
  makeup_workday_counts: (p) => `${monthDay(String(p.date))}虽是周末，但是${p.holiday}调休上班日，算工作日，不顺延。`,
  provisional_calendar: (p) => `${p.year}年的放假安排国务院还没有公布，这个日期是按周末和法定节日推算的，可能会变。请按“建议最晚”那天办。`,
  public_notice_deemed_served: (p) => `公告发出日是${monthDay(String(p.publishedOn))}，经过 30 日，${monthDay(String(p.deemedServedOn))}视为送达。`,
  public_notice_excludes_simple_procedure: () => '公告送达的案件不适用简易程序，法院可能改用普通程序。',
  public_notice_excludes_small_claims: () => '一方下落不明（公告送达）的案件不适用小额诉讼程序。',
  court_set_answer_period: (p) => `法院指定的答辩期是 ${p.days} 天。`,
  small_claims_answer_capped: (p) => `小额诉讼的答辩期最长 15 天，你填的 ${p.requested} 天按 ${p.applied} 天算。`,
  jurisdiction_objection_within_answer_period: () => '管辖权异议要在答辩期内提出。',
  answer_on_merits_accepts_jurisdiction: () => '不提异议就直接答辩，视为同意由这个法院审理。',
  small_claims_jurisdiction_ruling_final: () => '小额诉讼中，法院对管辖异议的裁定一作出就生效，不能上诉。',
  evidence_date_from_notice: (p) => `举证通知书写明的截止日是${monthDay(String(p.date))}。`,
  evidence_days_from_service: (p) => `举证期限 ${p.days} 天，从送达的第二天开始算。`,
  evidence_extension_in_writing: () => '来不及的，要在期满前向法院书面申请延长。',
  hearing_absence_default_judgment: () => '没有正当理由不到庭，法院可以缺席判决。',
  payment_order_written_objection_only: () => '异议必须是书面的。',
  payment_order_oral_objection_void: () => '口头异议（打电话、当面说）无效。',
  payment_order_inability_not_objection: () => '只说没钱还、想晚点还或想分期，不算异议，支付令照样有效。',
  payment_order_late_objection_void: () => '过了期限才提的异议，视为没有提出。',
  appeal_requires_written_petition: () => '要在期限内递交上诉状，口头说要上诉不算。',
  appeal_ruling_limited_kinds: () => '只有不予受理、管辖权异议、驳回起诉这三类裁定可以上诉。',
  small_claims_no_appeal: () => '小额诉讼一审终审，不能上诉。',
  small_claims_retrial_original_court: () => '小额诉讼的再审向原来审理的法院申请。',
  judgment_effective_on: (p) => (p.onService ? `判决送达就生效：${monthDay(String(p.effectiveOn))}。` : `假定双方都没有上诉，判决在${monthDay(String(p.effectiveOn))}生效（以法院确认为准）。`),
  fixed_period: () => '这是不变期间：不能中止、中断或延长。',
  mediation_extendable_by_consent: () => '双方都同意的，调解期限可以延长。',
  mediation_failure_leads_to_filing: () => '调解不成、对方坚持起诉的，法院会正式立案。',
  second_instance_final: () => '二审判决、裁定是终审的，送达就生效，不能再上诉。',
  foreign_party_period: (p) => `你在中国境内没有住所，这个期限是 ${p.days} 天。`,
  foreign_public_notice_deemed_served: (p) => `公告发出日是${monthDay(String(p.publishedOn))}，你在中国境内没有住所，经过 ${p.days} 日，${monthDay(String(p.deemedServedOn))}视为送达。`,
  appeal_answer_optional: () => '不交答辩状不影响二审审理。',
  performance_from_effective_date: (p) => `履行期限 ${p.days} 天，从判决生效（${monthDay(String(p.effectiveOn))}）的第二天开始算。`,
  other_party_appeal_period_may_differ: () => '上诉期从各方各自收到判决书的日子算，对方的上诉期可能比你的晚结束；对方上诉了，一审判决就不生效。生效日以法院确认为准。',
  late_performance_consequences: () => '逾期不履行，要加倍支付迟延履行期间的债务利息；对方可以在两年内申请强制执行。',
  small_claims_objection_before_hearing: (p) => `对适用小额诉讼程序有异议，要在开庭（${monthDay(String(p.hearingAt).slice(0, 10))}）之前提出。`,
  next_year_unpublished: (p) => `${p.year}年的放假安排还没有公布，年底、年初的放假调休可能让这个日期变动。请按“建议最晚”那天办。`
}

/** “不确定”时做的假设，逐条告诉用户。 */
export const assumptionText: Record<Assumption, string> = {
  unsure_payment_order: '你不确定是哪种程序，但手里有支付令，所以按支付令计算。',
  unsure_mediation: '你不确定是哪种程序，但收到的是诉前调解通知，所以按诉前调解计算。',
  unsure_ordinary: '你不确定是哪种程序，我们按最稳妥的方式算：答辩期按 15 天。收到判决书后点“修改”填上收到的日期，这里会列出上诉期（判决书送达后 15 天）；小额诉讼的判决不能上诉，以判决书上写的为准。',
  unsure_evidence_7_days: '还没有举证通知书的日期，举证期限先按最短的 7 天（小额诉讼一般不超过 7 日）提醒你。收到举证通知书后请回来修改。'
}
