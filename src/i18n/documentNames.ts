/**
 * 文书的名称和期限卡片上的链接文字（案件详情页也用，所以单独一个小文件，不把整套文书文案带进 case 分包）。
 * 名称按最高人民法院《民事诉讼文书样式》的叫法（documents.md §2）；协商信没有官方样式。
 */
import type { DocKind } from '@/domain/documents/docKinds'
import { hearingCollectionDocLinks, hearingCollectionDocNames } from './documentNamesHearingCollection'
import { afterAnswerDocLinkText, afterAnswerDocName } from './documentNamesAfterAnswer'

export const docName: Record<DocKind, string> = {
  jurisdiction_objection: '异议书（对管辖权提出异议用）',
  answer: '民事答辩状（要素式）',
  evidence_extension: '申请书（申请延长举证期限用）',
  small_claims_objection: '异议书（对适用小额诉讼程序提出异议用）',
  payment_order_objection: '异议书（对支付令提出异议用）',
  repayment_plan: '还款方案（调解用）',
  installment_letter: '分期还款协商申请',
  penalty_waiver_letter: '减免罚息、违约金申请',
  period_extension: '申请书（申请顺延期限用）',
  fee_relief: '申请书（申请缓交、减交或者免交诉讼费用）',
  ...hearingCollectionDocNames,
  ...afterAnswerDocName,
}

/** The link on a deadline's card: what to write for it. */
export const docLinkText: Record<DocKind, string> = {
  jurisdiction_objection: '写管辖权异议书',
  answer: '写答辩状（法院的要素式表格）',
  evidence_extension: '来不及举证？写延长举证期限申请',
  small_claims_objection: '不同意小额诉讼？写异议书',
  payment_order_objection: '写支付令异议书',
  repayment_plan: '写还款方案（调解用）',
  installment_letter: '写分期还款协商申请',
  penalty_waiver_letter: '写减免罚息、违约金申请',
  period_extension: '错过了？有正当理由可以申请顺延',
  fee_relief: '交不起上诉费？写缓交、减交、免交申请',
  ...hearingCollectionDocLinks,
  ...afterAnswerDocLinkText,
}

export const documentsEntry = {
  button: '文书：答辩状、异议书、申请书、协商信',
  linksTitle: '可以用的文书',
}
