/**
 * 案件的一生：下一步的一句话、错过期限后还能做什么、判决之后（生效、履行、执行）。
 * 按领域导出的代码声明类型：领域加了代码而这里没写，编译就会失败。只被详情页（分包）引用。
 */
import type { EffectKind, EnforcementCode, HelpCode, NextStepCode } from '@/domain/lifecycle/lifecycle'
import type { DeadlineKind } from '@/domain/deadlines'
import { deadlineKindName } from './deadlineKinds'
import { fullDate } from './dates'

type Params = Record<string, string>

const kindName = (kind: string): string => deadlineKindName[kind as DeadlineKind] ?? kind
const at = (p: Params) => (p.time ? `${fullDate(p.date)} ${p.time}` : fullDate(p.date))

/** 时间线最上面的一句话。 */
export const nextStepText: Record<NextStepCode, (p: Params) => string> = {
  fill_in_dates: () => '先把收到材料的日期填上（点下面的“修改”），我们才能算出期限。',
  act_before: (p) => `${kindName(p.kind)}：最晚 ${fullDate(p.due)}。`,
  attend_hearing: (p) => `去法院开庭：${at(p)}。带上身份证、答辩状和证据原件。`,
  answer_late_attend_hearing: (p) => `答辩期已过，但仍可以交答辩状；按时出庭：${at(p)}。`,
  answer_late_await_hearing: () => '答辩期已过，但仍可以交答辩状；等法院的开庭传票，按时出庭。',
  await_judgment: () => '开庭已过：等法院的判决书。收到后点“修改”填上收到的日期，我们算出上诉期和生效日。',
  appeal_or_accept: (p) => (p.effectiveOn ? `对判决不服，最晚 ${fullDate(p.due)} 递交上诉状；不上诉，判决从 ${fullDate(p.effectiveOn)} 起生效。` : `对判决不服，最晚 ${fullDate(p.due)} 递交上诉状。`),
  await_second_instance: () => '案件在二审：等二审法院的通知，按时参加询问或开庭。收到二审判决后点“修改”填上日期。',
  perform_before: (p) => `判决已生效：最晚 ${fullDate(p.due)} 按判决还款；一次还不上，尽早和原告协商分期，并把约定写成书面的。`,
  performance_overdue: () => '判决的履行期已过：对方可以申请强制执行，迟延部分要加倍付利息。尽快还款，或和原告协商分期（执行中也可以和解）。',
  judgment_effective: (p) => (p.effectiveOn ? `判决已于 ${fullDate(p.effectiveOn)} 生效：按判决写的期限还款，或和原告协商分期。` : '判决已生效：按判决写的期限还款，或和原告协商分期。'),
  payment_order_effective: () => '支付令异议期已过：没有按时交书面异议的，支付令已经生效，对方可以申请强制执行。尽快还款或和对方协商；已按时交了异议的，等法院通知。',
  mediation_over: () => '诉前调解期已过：调解不成的，对方可能正式起诉。收到起诉状副本后，点“修改”填上收到的日期。'
}

/** 期限过了，还能做什么（每条下面列依据）。 */
export const missedHelpText: Record<HelpCode, string> = {
  answer_still_accepted: '答辩状现在仍可以交。法律规定被告不交答辩状不影响法院审理，法院会照常开庭、判决；写了，法官在开庭前就能看到你的理由（比如利息、违约金算得太高），比只在庭上口头说更不容易被漏掉。',
  attend_hearing_anyway: '一定按时出庭（或按通知参加在线庭审）。没有正当理由不到庭，法院可以缺席判决，你就失去了当面说明的机会。',
  period_extension_after_obstacle: '如果是因为不可抗拒的事由或其他正当理由（比如住院、遭遇灾害）耽误了期限，可以在障碍消除后的 10 日内向法院申请顺延期限，是否准许由法院决定。',
  jurisdiction_deemed_accepted: '答辩期内没有提管辖权异议、又就案件内容答辩了的，视为同意由这个法院审理，一般不能再提。',
  jurisdiction_level_or_exclusive: '例外：违反级别管辖或专属管辖规定的，不因为你答辩了就变成有管辖权。',
  jurisdiction_court_transfers: '如果你没有答辩，法院在开庭前发现案件不归它管的，应当移送有管辖权的法院。你可以把情况（比如合同签订地、你的住所地）写信告诉法院。',
  late_evidence_reasons: '逾期的证据仍可以交，法院会要求你说明为什么晚了。因客观原因晚交，或对方不反对的，视为没有逾期。',
  late_evidence_consequences: '故意或重大过失晚交的证据，法院可以不采纳；但和案件基本事实有关的仍会采纳，同时可能训诫、罚款。不是故意也不是重大过失的，会采纳并训诫。',
  evidence_extension_next_time: '以后再遇到举证期限，来不及就在期满前向法院书面申请延长。',
  hearing_default_judgment: '没有正当理由没到庭的，法院可以缺席判决。尽快打电话问承办法院：是否已经判决、是否改了开庭时间。',
  appeal_after_default_judgment: '缺席判决也要送达给你。收到一审判决书后 15 日内仍可以上诉，收到后把日期填进来。',
  no_summons_retrial_ground: '如果法院根本没有用传票通知你就缺席判决了，这是申请再审的法定事由之一。',
  payment_order_enforceable: '没有在 15 日内交书面异议的，支付令已经生效（过期的异议视为没有提出），对方可以申请强制执行。',
  payment_order_still_negotiate: '仍可以和对方协商还款。进入执行后，双方也可以自愿达成执行和解。',
  judgment_effective: '上诉期过了没有上诉的，一审判决生效，要按判决履行。',
  retrial_six_months: '认为判决确有错误的，可以在判决生效后 6 个月内申请再审。这个期限是不变期间，不能延长，要尽早。',
  ruling_effective: '上诉期过了没有上诉的，裁定生效。',
  retrial_fixed_period: '申请再审的 6 个月是不变期间，不能中止、中断或延长。',
  retrial_from_knowledge: '例外：有足以推翻判决的新证据、原判决依据的主要证据是伪造的、据以作出判决的法律文书被撤销，或审判人员有贪污受贿等行为的，从知道或应当知道之日起 6 个月内申请再审。',
  mediation_period_over: '诉前调解一般 30 天，双方同意可以延长。调解不成、对方坚持起诉的，法院会立案，你会收到起诉状副本。',
  appeal_answer_still_accepted: '对上诉状的答辩状现在仍可以交。法律规定不交不影响法院审理；写了，二审法官能看到你的意见。',
  late_performance_double_interest: '没有按判决的期限还钱，迟延期间的债务利息要加倍支付（加倍部分按每日万分之一点七五计算），从履行期届满之日算起。',
  enforcement_can_start: '对方可以向法院申请强制执行（申请期限 2 年）；法院可以查询、冻结、划拨存款，扣留收入等。',
  settlement_in_enforcement: '执行中仍可以和对方达成和解（比如分期），记入笔录；不履行和解协议的，法院可以恢复执行原判决。',
  small_claims_objection_lost: '对适用小额诉讼程序的异议，要在开庭前提出；开庭后一般不能再提。',
  small_claims_retrial_wrong_procedure: '判决后认为案件本不该按小额诉讼审理的，可以向原审法院申请再审；这种再审作出的判决可以上诉。'
}

/** 判决什么时候生效。 */
export const effectText: Record<EffectKind, (effectiveOn: string | null) => string> = {
  on_service: (d) => `这份判决是终审判决（二审判决或小额诉讼判决），送达就生效${d ? `：${fullDate(d)}` : ''}，不能上诉。`,
  after_appeal_period: (d) => `一审判决在上诉期满、双方都没有上诉时生效${d ? `：按你的上诉期算，${fullDate(d)} 起生效` : ''}。对方的上诉期从他们收到判决书的日子算，可能比你的晚几天结束，以法院确认为准。`,
  appealed: () => '对方已经上诉：一审判决暂不生效，等二审判决。二审判决送达就生效。'
}

/** 执行是怎么回事（白话）。 */
export const enforcementText: Record<EnforcementCode, string> = {
  enforcement_application_two_years: '判决生效后不按期还款，原告可以申请法院强制执行。申请期限是 2 年，从判决写的履行期最后一天算起。',
  late_performance_double_interest: '不按期还款，迟延期间的债务利息加倍：加倍部分 = 没还的金额 × 每日万分之一点七五 × 迟延天数，从履行期届满之日算起。',
  dishonest_list_conditions: '“失信被执行人名单”（俗称老赖）不是欠钱就会上：要有履行能力而拒不履行，或者伪造证据、转移财产规避执行，违反财产报告或限制消费令，无正当理由不履行执行和解协议等情形。一般列入 2 年；主动履行、纠正的，法院可以提前删除。（参考）',
  consumption_restriction: '执行通知书指定的期间内不还款，法院可以“限制高消费”：不能坐飞机、列车软卧，不能住星级以上宾馆，不能买房、买非必需的车，不能旅游度假，子女不能读高收费私立学校等。法院还可以限制出境、在征信系统记录、公布不履行信息。生活或工作必需的，可以向法院申请。',
  settlement_in_enforcement: '执行中可以和原告和解（例如分期），和解协议记入笔录；按和解协议履行完毕就结束，不履行的，法院可以恢复执行原判决。',
  credit_repair: '还清之后：请原告书面确认已结清；被限制高消费、列入失信名单的，向执行法院申请解除（履行完毕的，法院应及时解除限制）；过一段时间查一次个人征信报告（中国人民银行征信中心），确认没有遗留的逾期记录，以后按时还款。'
}

export const lifecycleText = {
  stagesLabel: '案件进度',
  currentMark: '现在',
  nextStepTitle: '下一步',
  missedTitle: '这个期限已经过了，还可以这样做',
  /** 开庭日过了：多数人是去了的，所以只对没能到庭的人说 */
  missedHearingTitle: '开庭日已经过了。如果你没能到庭：',
  afterJudgmentTitle: '判决之后',
  effectTitle: '什么时候生效',
  performanceTitle: '履行期限',
  performanceDue: (due: string) => `按判决，最晚 ${fullDate(due)} 履行（还款）。`,
  performanceUnknown: '判决书上写着“判决生效之日起 × 日内”履行的，点“修改”填上天数，我们算出最后一天。',
  enforcementTitle: '如果不按期还款：执行是怎么回事',
  secondInstanceNoAppeal: '这是二审（民终）案件：二审判决是终审判决，不能再上诉，所以这里没有上诉期。',
  /** 按旧规则保存、现在校验不通过的记录 */
  staleRecordTitle: '这个案件里有一项按旧规则保存的内容需要改',
  staleAnswerDays: (days: number) => `你保存的答辩期是 ${days} 天。普通程序的答辩期是法定的 15 天，法院不会定更长；下面按 15 天计算。请点“修改”核对程序和天数。`,
  staleGeneric: '有一项日期或天数按现在的规则读不出来，下面先不算它。请点“修改”核对。'
}
