/**
 * 核对结果的文案：每个数字旁边都说明怎么算的（哪种天数、算头还是算尾、用了哪些数）。
 * 24% 来自 法发〔2017〕22号（原文未核实 [M]），所以只作「参考」。
 */
import type { ClaimNoteCode, CostSource, UncheckedCode } from '@/domain/claims/findings'
import { formatFen } from '@/domain/money/yuanInput'
import { monthDay } from './dates'

export const percent = (rate: number): string => `${(rate * 100).toFixed(2)}%`
export const yuan = (fen: number): string => `${formatFen(fen)} 元`
/** '2025-06-01' → '2025年6月1日'. */
export const fullDate = (date: string): string => `${date.slice(0, 4)}年${monthDay(date)}`

export const claimResultText = {
  title: '核对结果',
  disclaimer: '这些数字是按你填的信息算的参考，帮你找出可以提出异议的地方，不是法院的认定，也不构成法律意见。',
  reference: '参考',
  howTitle: '怎么算的',
  /** 年化利率两张卡片的开关（它们不决定是否超过上限） */
  costsToggle: '年化利率（内部收益率法，和合同、App 上写的对照）',
  costTitle: { claim: '年化利率（内部收益率法，按起诉状的金额算）', schedule: '按合同的还款计划算，年化成本' } satisfies Record<CostSource, string>,
  claimIrrNote: '这是贷款公示年化利率的算法（中国人民银行公告〔2021〕第3号），用来和合同、App 上写的年化利率对照。它按复利折算，欠得越久越显得低，所以不用它判断是否超过上限：超没超过，看上面“按法院的算法”。',
  nominal: (rate: number) => `名义年利率 ${percent(rate)}`,
  nominalCompared: '（和上限比较的是这个）',
  effective: (rate: number) => `实际年利率（按复利折算）${percent(rate)}`,
  aboveCap: (cap: number) => `高于 ${percent(cap)}`,
  notAboveCap: (cap: number) => `不高于 ${percent(cap)}`,
  capFinancial: '24% 来自最高人民法院 2017 年关于金融审判的意见（法发〔2017〕22号第二条）：利息、复利、罚息、违约金和其他费用加起来超过年利率 24% 的部分，借款人可以请求调减。要你自己在答辩时提出，法院不会主动调。这份文件的原文我们没有核实到，所以只作参考。',
  capCard: '信用卡的透支利率已经没有统一上限，但持卡人可以以总额过高为由请求适当减少（银行卡规定第二条第二款）。这里用 24% 作参考。',
  capLpr: (on: string, lpr: number, cap: number) => `民间借贷的利率不能超过合同成立时一年期贷款市场报价利率（LPR）的四倍（民间借贷规定第二十五条）。${fullDate(on)}的 LPR 是 ${percent(lpr)}，四倍是 ${percent(cap)}。`,
  capLprFiling: (on: string, lpr: number, cap: number) => `合同在 2020 年 8 月 20 日以前成立：这之后的利息按起诉时的 LPR 算（民间借贷规定第三十一条），这里用 ${fullDate(on)}的 LPR ${percent(lpr)}，四倍是 ${percent(cap)}；2020 年 8 月 19 日以前的利息按当时的规定算。`,
  method: '方法：内部收益率法（中国人民银行公告〔2021〕第3号）。找一个年利率，让你拿到的钱和你付出去的钱按这个利率折算到同一天后正好相等。',
  dayCount: '天数：按实际天数，一年按 365 天。两笔钱之间的天数 = 后一个日期减前一个日期（算头不算尾：1 月 1 日到 1 月 31 日是 30 天）。',
  nominalFormula: '名义年利率 = 12 ×（实际年利率按月折算的月利率），也就是按月复利时的年利率。它比实际年利率低；上限本身是按年计的单利利率，所以用它比较，超过了就是真超过了。',
  flowsTitle: '用到的每一笔钱',
  flowIn: (date: string, fen: number) => `${fullDate(date)}，拿到 ${yuan(fen)}`,
  flowOut: (date: string, fen: number) => `${fullDate(date)}，付出 ${yuan(fen)}`,
  claimInputs: (asOf: string) => `最后一笔是起诉状要你还的金额，当作在 ${fullDate(asOf)} 全部付清来算。`,
  scheduleInputs: '还款计划从第一期还款日起每月同一天还一期（没有这一天的月份按月底）。',
  notes: {
    cost_needs_received: '填上实际到手金额和到账日期，就能算年化成本。',
    cost_needs_claim: '再填上起诉状的金额（或者合同的还款计划），就能算年化成本。',
    cost_no_rate: '按这些数算不出年化成本，请检查到手金额、还款和起诉金额是否填对。',
    claim_as_of_assumed: '你没有填“这些金额算到哪一天”，这里按你收到起诉状的日期（没有就按今天）算。日期越晚，算出的利率越低，所以不会算高。',
    lpr_before_first: '合同成立时还没有 LPR（2019 年 8 月 20 日起才发布），这里不能按四倍 LPR 比较。',
    lpr_unconfirmed: '我们只核实到 2026 年 9 月的 LPR；之后的月份请到中国人民银行或全国银行间同业拆借中心网站核对。',
    lpr_filing_date_rule: '合同成立于 2020 年 8 月 20 日以前，所以 LPR 按起诉时的算（这里用起诉状金额计算到的那一天）。',
    damages_needs_rate_and_date: '起诉状有违约金：填上合同利率和开始逾期的日期，就能估算它是否过高。',
    costs_left_out_of_rate: '律师费、保全费不算借款成本，算年化成本时没有计入。',
    fee_procedure_assumed: '你还不确定是什么程序，诉讼费按普通程序的全额算。',
    cost_negative: '按你填的数，还回去的钱比拿到的还少，算出来的利率是负数。请检查起诉状的本金、利息有没有填全，已还款有没有重复。',
    cost_borderline: '按名义年利率没有超过上限，按复利折算的实际年利率超过了。我们用名义年利率比较（中国人民银行示例里的口径）；法院怎么算以判决为准。',
    old_private_standard: '合同成立于 2020 年 8 月 20 日以前：这之前的利息按当时的标准（年利率 24%）算。这个标准出自 2015 年的民间借贷规定，原文我们没有核实到，只作参考。',
    repayments_after_as_of: '起诉状金额算到的那天以后你还的钱，没有算进和上限的比较；这些钱应当从起诉的金额里扣除。',
  } satisfies Record<ClaimNoteCode, string>,
  uncheckedTitle: '还没有核对的',
  unchecked: {
    received: '到手金额：没有填到手金额和到账日期，没法核对本金里是不是预先扣了利息、费用。',
    cap: '利息、费用是否超过上限：要填到手金额和到账日期、起诉状的本金（或合计），才能算。',
    limitation: '诉讼时效：没有填“最后一期的还款日”，没法判断。',
    repayments: '已还款：没有填。还过钱的，填上才能核对起诉状有没有扣除；一次都没还过的，在诉讼时效一节选“一次都没还过”。',
    disclosure: '提示说明：没有回答签合同时对方有没有专门讲清楚利息、费用条款。',
    damages: '违约金是否过高：要填合同利率和开始逾期的日期。',
  } satisfies Record<UncheckedCode, string>,
  damagesTitle: '违约金是否过高',
  damagesLine: (damages: number, loss: number, limit: number, penalty: number) => (penalty > 0
    ? `起诉状的违约金 ${yuan(damages)}；按合同利率估算的损失约 ${yuan(loss)}，多出百分之三十是 ${yuan(Math.round(loss * 1.3))}。起诉状另外要了罚息、复利 ${yuan(penalty)}，它们也是为逾期补偿损失，所以违约金最多约 ${yuan(limit)}。`
    : `起诉状的违约金 ${yuan(damages)}；按合同利率估算的损失约 ${yuan(loss)}，多出百分之三十是 ${yuan(limit)}。`),
  damagesAbove: '违约金超过了这个数，一般可以认为过分高于损失，可以请求适当减少（合同编通则解释第六十五条）。',
  damagesNotAbove: '违约金没有超过这个数。',
  damagesHow: (principal: number, rate: number, days: number, from: string, to: string) => `估算：本金 ${yuan(principal)} × 合同年利率 ${percent(rate)} × 逾期 ${days} 天（${fullDate(from)}到${fullDate(to)}，算头不算尾）÷ 365。这是我们的估算，实际损失由法院认定；恶意违约的一方请求减少违约金，法院一般不支持。`,
  sumTitle: '各项加起来对不对',
  sumLine: (sum: number, total: number) => `各项加起来 ${yuan(sum)}，起诉状写的合计 ${yuan(total)}`,
  sumMatches: '，对得上。',
  sumDiffers: (diff: number) => `，相差 ${yuan(diff)}。`,
  feeTitle: '如果输了，可能要负担的诉讼费',
  feeAmount: (fen: number) => `案件受理费约 ${yuan(fen)}`,
  feeBase: (claim: number, full: number) => `按起诉金额 ${yuan(claim)}计算，全额是 ${yuan(full)}（诉讼费用交纳办法第十三条）。`,
  feeHalved: '简易程序（包括小额诉讼）减半交纳（第十六条）。',
  feeUnsure: (half: number) => '你还不确定是什么程序，这里按普通程序的全额算；如果是简易程序或小额诉讼，减半为 ' + yuan(half) + '。',
  feePaymentOrder: '支付令阶段按受理费的三分之一算（第十四条第三项）；如果你提出异议、转为诉讼，按诉讼程序另算。',
  feeMediation: (full: number) => `诉前调解不收受理费。如果调解不成、正式起诉，受理费全额约 ${yuan(full)}，简易程序减半。`,
  feeWho: '受理费由原告先交；判决时由败诉的一方负担，部分胜诉的由法院决定各自负担多少（第二十九条）。调解结案的减半（第十五条）。生活困难的，可以申请缓交、减交或免交（第四十四条起）。',
  feeHow: '计算：不超过 1 万元的，每件 50 元；超过 1 万至 10 万元的部分按 2.5%，超过 10 万至 20 万元的部分按 2%，超过 20 万至 50 万元的部分按 1.5%……分段累加（第十三条第一项）。各地法院对角、分的进位可能不同。',
  pointsTitle: '可以在答辩状里提出的意见',
  pointsLead: '每一条都写成了答辩状里可以直接用的话。提不提、怎么提由你决定；法院会根据证据认定。',
  pointsNone: '按已经核对的几项，没有可以写进答辩状的意见。这不等于起诉状的金额都对：还没有核对的项目列在最上面，也可以对照起诉状附的证据再看一遍。',
  citationExcerpt: '（节选）',
  citationSummary: '（要点，不是原文）',
  citationMissing: '这一条的原文还没有收录。',
  basis: (citations: string) => `依据：${citations}`,
}
