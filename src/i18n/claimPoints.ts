/**
 * 核对诉讼请求得出的每一点，写成答辩状「事实和理由」里可以直接用的话（答辩人的口吻）。
 * 核对页和文书页都用它；按 ClaimPointCode 声明，新增一种而这里没写，编译就会失败。
 * 句子只陈述事实和请求，不替用户下结论；是否采纳由法院判断。
 */
import type { ClaimPoint, ClaimPointCode } from '@/domain/claims/findings'
import { formatFen } from '@/domain/money/yuanInput'

type Params = ClaimPoint['params']

const yuan = (fen: string | number): string => `${formatFen(Number(fen))}元`
const percent = (rate: string | number): string => `${(Number(rate) * 100).toFixed(2)}%`
const day = (date: string | number): string => {
  const s = String(date)
  return `${s.slice(0, 4)}年${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日`
}

export const claimPointText: Record<ClaimPointCode, (p: Params) => string> = {
  received_less_than_principal: (p) => `答辩人实际到手金额为${yuan(p.receivedFen)}，少于${p.source === 'contract' ? '合同约定的借款金额' : '原告主张的本金'}${yuan(p.principalFen)}（相差${yuan(p.differenceFen)}）。借款的利息不得预先在本金中扣除，本金应按实际借款数额认定。`,
  annual_cost_above_financial_cap: (p) => `按中国人民银行规定的内部收益率法计算，原告主张的各项金额折合年化综合成本约为${percent(p.nominal)}（按月复利折算的实际年利率约${percent(p.effective)}），超过年利率${percent(p.capRate)}。答辩人请求对利息、复利、罚息、违约金和其他费用总计超过年利率${percent(p.capRate)}的部分予以调减。`,
  annual_cost_above_lpr_cap: (p) => `按内部收益率法计算，原告主张的各项金额折合年利率约为${percent(p.nominal)}，超过${day(p.lprOn)}一年期贷款市场报价利率（${percent(p.lprRate)}）的四倍即${percent(p.capRate)}，超过部分不应支持。`,
  repayments_made: (p) => `答辩人已还款${p.count}笔，共计${yuan(p.repaidFen)}（${p.firstOn === p.lastOn ? day(p.firstOn) : `${day(p.firstOn)}至${day(p.lastOn)}`}），原告的请求应扣除已还款项。`,
  items_do_not_add_up: (p) => `原告各项请求之和为${yuan(p.sumFen)}，与其主张的总额${yuan(p.totalFen)}不一致（相差${yuan(p.differenceFen)}），请原告说明计算方法。`,
  liquidated_damages_above_30_percent: (p) => (Number(p.penaltyFen ?? 0) > 0
    ? `原告主张的违约金${yuan(p.damagesFen)}，与其同时主张的罚息、复利${yuan(p.penaltyFen)}均系对逾期损失的补偿，两者合计超过按合同利率估算的损失${yuan(p.lossFen)}的百分之三十（违约金超过${yuan(p.limitFen)}即属过高），过分高于造成的损失，答辩人请求予以适当减少。`
    : `原告主张的违约金${yuan(p.damagesFen)}，超过按合同利率估算的损失${yuan(p.lossFen)}的百分之三十（即超过${yuan(p.limitFen)}），过分高于造成的损失，答辩人请求予以适当减少。`),
  interest_on_fees_or_damages: () => '原告对违约金、手续费等费用计收利息，不应支持。',
  card_terms_not_explained: (p) => (p.answer === 'unsure'
    ? '原告应当对其在订立信用卡合同时已就利息、复利、费用、违约金等格式条款向答辩人作出提示和说明承担举证责任，仅设置勾选、弹窗不足以证明。请原告举证证明其已履行提示说明义务；不能证明的，答辩人主张该等条款不成为合同的内容。'
    : '原告在订立信用卡合同时，未就利息、复利、费用、违约金等格式条款向答辩人作出提示和说明，答辩人主张该等条款不成为合同的内容。对此原告负有举证责任，仅设置勾选、弹窗不足以证明。'),
  fees_count_as_cost: (p) => `原告主张的服务费、担保费、会员费等费用共计${yuan(p.feesFen)}，属于借款成本，应计入年化综合成本一并审查。`,
  enforcement_costs_need_proof: (p) => `原告主张的律师费、保全费等${yuan(p.costsFen)}，应当以合同有明确约定并已实际发生为前提，请原告举证。`,
  card_total_excessive: (p) => `原告主张的透支利息、复利、违约金等总额过高：按内部收益率法折合年化成本约为${percent(p.nominal)}，超过年利率${percent(p.capRate)}。答辩人请求予以适当减少。`,
  terms_not_explained: (p) => (p.answer === 'unsure'
    ? '原告应当对其在订立合同时已就利息、费用、违约金等与答辩人有重大利害关系的格式条款作出提示和说明承担举证责任，仅设置勾选、弹窗不足以证明。请原告举证证明其已履行提示说明义务；不能证明的，答辩人主张该等条款不成为合同的内容。'
    : '原告在订立合同时，未就利息、费用、违约金等与答辩人有重大利害关系的格式条款作出提示和说明，答辩人主张该等条款不成为合同的内容。对此原告负有举证责任，仅设置勾选、弹窗不足以证明。'),
  interest_above_cap_as_applied: (p) => `按本金实际占用的金额和天数以单利计算，至${day(p.asOf)}，利息、复利、罚息、违约金和其他费用合计不应超过${yuan(p.allowedFen)}（${p.earlierRate !== undefined ? `至${day(p.earlierUntil)}按年利率${percent(p.earlierRate)}，此后按年利率${percent(p.capRate)}` : `年利率${percent(p.capRate)}`}）；原告已收取和主张的共计${yuan(p.chargedFen)}，超出${yuan(p.excessFen)}。答辩人请求对超出部分予以调减。`,
  limitation_may_have_run: (p) => `本案债务${p.event === 'last_due' ? '最后一期履行期限届满' : p.event === 'last_repayment' ? '答辩人最后一次还款' : p.event === 'last_promise' ? '答辩人最后一次同意还款' : '原告最后一次催收到达答辩人'}之日为${day(p.latestOn)}，至原告起诉时已超过三年诉讼时效期间（${day(p.ranOn)}届满）。答辩人提出诉讼时效抗辩；原告如主张诉讼时效中断，应当举证证明。`,
  actual_rate_above_stated: (p) => `合同载明的年利率为${percent(p.statedRate)}，但按合同的还款计划以内部收益率法计算，实际年化成本约为${percent(p.nominal)}，高于合同载明的利率，差额部分请原告说明依据。`,
}

/** 一点的文字。 */
export function claimPointSentence(point: ClaimPoint): string {
  return claimPointText[point.code](point.params)
}
