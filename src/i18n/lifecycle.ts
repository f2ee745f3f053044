/**
 * 案件的一生：下一步的一句话、错过期限后还能做什么、判决之后（生效、履行、执行）。
 * 按领域导出的代码声明类型：领域加了代码而这里没写，编译就会失败。只被详情页（分包）引用。
 */
import type { EffectKind, EnforcementCode, NextStepCode } from '@/domain/lifecycle/lifecycle'
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
  await_final_judgment: () => '开庭已过：等法院的判决书。小额诉讼一审终审，判决送达就生效，不能上诉。收到后点“修改”填上收到的日期，我们算出履行期限和申请再审的期限。',
  appeal_or_accept: (p) => (p.effectiveOn ? `对判决不服，最晚 ${fullDate(p.due)} 递交上诉状；不上诉，判决从 ${fullDate(p.effectiveOn)} 起生效。` : `对判决不服，最晚 ${fullDate(p.due)} 递交上诉状。`),
  await_second_instance: () => '案件在二审：等二审法院的通知，按时参加询问或开庭。收到二审判决后点“修改”填上日期。',
  await_second_instance_judgment: () => '二审开庭已过：等二审判决书。二审判决是终审判决，送达就生效，不能再上诉。收到后点“修改”填上日期。',
  perform_before: (p) => `判决已生效：最晚 ${fullDate(p.due)} 按判决还款；一次还不上，尽早和原告协商分期，并把约定写成书面的。`,
  performance_overdue: () => '判决的履行期已过：对方可以申请强制执行，迟延部分要加倍付利息。尽快还款，或和原告协商分期（执行中也可以和解）。',
  judgment_effective: (p) => (p.effectiveOn ? `判决已于 ${fullDate(p.effectiveOn)} 生效：按判决写的期限还款，或和原告协商分期。` : '判决已生效：按判决写的期限还款，或和原告协商分期。'),
  payment_order_effective: () => '支付令异议期已过：没有按时交书面异议的，支付令已经生效，对方可以申请强制执行。尽快还款或和对方协商；已按时交了异议的，等法院通知。',
  mediation_over: () => '诉前调解期已过：调解不成的，对方可能正式起诉。收到起诉状副本后，点“修改”填上收到的日期。'
}

export { missedHelpText } from './lifecycleHelp'

/** 判决什么时候生效。 */
export const effectText: Record<EffectKind, (effectiveOn: string | null) => string> = {
  on_service: (d) => `这份判决是终审判决（二审判决或小额诉讼判决），送达就生效${d ? `：${fullDate(d)}` : ''}，不能上诉。认为确有错误的，只能在生效后 6 个月内申请再审（见“申请再审”），申请再审不停止执行。`,
  after_appeal_period: (d) => `一审判决在上诉期满、双方都没有上诉时生效${d ? `：按你的上诉期算，${fullDate(d)} 起生效` : ''}。对方的上诉期从他们收到判决书的日子算，可能比你的晚几天结束，以法院确认为准。`,
  appealed: () => '对方已经上诉：一审判决暂不生效，等二审判决。二审判决送达就生效。'
}

/** 执行是怎么回事（白话）。 */
export const enforcementText: Record<EnforcementCode, string> = {
  enforcement_application_two_years: '判决生效后不按期还款，原告可以申请法院强制执行。申请期限是 2 年，从判决写的履行期最后一天算起；对方催你还款、你答应还款等会让它重新计算。过了 2 年才申请的，法院仍会受理，不会自动作废：要你自己向法院提出“超过申请执行时效”的异议，法院查实后才裁定不予执行。已经还了的钱，事后不能再以过了期限为由要回来。',
  late_performance_double_interest: '不按期还款，迟延期间的债务利息加倍：加倍部分 = 没还的金额 × 每日万分之一点七五 × 迟延天数，从履行期届满之日算起。',
  dishonest_list_conditions: '“失信被执行人名单”（俗称老赖）不是欠钱就会上。有能力还却拒不还的，会被列入，没有固定期限，还清后法院应当删除；妨碍、抗拒执行，转移财产规避执行，违反财产报告制度，违反限制消费令，无正当理由不履行执行和解协议的，列入 2 年，情节严重的可以再延长 1 至 3 年，积极履行的可以提前删除。确实没有能力还（或者已经提供了足够担保、被查封的财产足够清偿）的，不应以“有能力而拒不履行”列入。（参考：2017 年修正文本，据转载）',
  consumption_restriction: '执行通知书指定的期间内不还款，法院可以“限制高消费”：不能坐飞机、列车软卧，不能住星级以上宾馆，不能买房、买非必需的车，不能旅游度假，子女不能读高收费私立学校等。法院还可以限制出境、在征信系统记录、公布不履行信息。生活或工作必需的，可以向法院申请。',
  settlement_in_enforcement: '执行中可以和原告和解（例如分期），和解协议记入笔录；按和解协议履行完毕就结束，不履行的，法院可以恢复执行原判决。',
  credit_repair: '还清之后：请原告书面确认已结清，留好凭证；被限制高消费、列入失信名单的，向执行法院申请解除或删除（履行完毕的，法院应当解除）。个人征信报告里的逾期等不良记录不会因为还清就马上消失：按规定从不良行为终止之日起保存 5 年，期满删除；在这期间你可以要求征信机构在记录旁附上你的说明（比如“已于某日全部结清”）。过一段时间查一次个人征信报告（中国人民银行征信中心），核对记录是否准确，错的可以提出异议。'
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
  /** 可以展开的依据、细节 */
  basisToggle: (count: number) => `依据（${count} 条）`,
  detailsToggle: (count: number) => `期满前的说明和依据（${count} 条）`,
  moreToggle: (count: number) => `少见的情况（${count} 条）`,
  retrialTitle: '申请再审：向哪个法院、凭什么',
  notesTitle: '还要注意',
  openClaimCheck: '去回答时效的几个问题 ›',
  editCase: '去“修改”里回答 ›',
  passedTitle: '已经过了的期限',
  secondInstanceNoAppeal: '这是二审（民终）案件：二审判决是终审判决，不能再上诉，所以这里没有上诉期。',
  /** 按旧规则保存、现在校验不通过的记录 */
  staleRecordTitle: '这个案件里有一项按旧规则保存的内容需要改',
  staleAnswerDays: (days: number) => `你保存的答辩期是 ${days} 天。普通程序的答辩期是法定的 15 天，法院不会定更长；下面按 15 天计算。请点“修改”核对程序和天数。`,
  staleGeneric: '有一项日期或天数按现在的规则读不出来，下面先不算它。请点“修改”核对。'
}
