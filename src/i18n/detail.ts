/** 案件详情页（期限时间线）的文案。只被分包里的详情页引用。 */
import { fullDate } from './dates'

export interface DetailMessages {
  title: string
  notFound: string
  backHome: string
  noDeadlines: string
  dueLabel: string
  safeDue: (date: string) => string
  hearingAt: (date: string, time: string) => string
  provisionalTitle: string
  todoTitle: string
  basisTitle: string
  basisHint: string
  /** 条文名称加书名号，如“《民事诉讼法第一百二十八条》” */
  citation: (name: string) => string
  notesTitle: string
  assumptionsTitle: string
  caseInfoTitle: string
  court: string
  caseNumber: string
  caseNumberUnchecked: string
  lender: string
  claimTotal: (yuan: string) => string
  edit: string
  delete: string
  deleteConfirmTitle: string
  deleteConfirmBody: string
  deleteConfirm: string
}

export const detailText: DetailMessages = {
  title: '期限一览',
  notFound: '没有找到这个案件，可能已经删除了。',
  backHome: '回到首页',
  noDeadlines: '还算不出期限：缺少送达日期或开庭时间。点“修改”补上收到材料的日期。',
  dueLabel: '法定最后一天',
  safeDue: (date) => `建议最晚在 ${fullDate(date)} 办好`,
  hearingAt: (date, time) => `${fullDate(date)} ${time} 开庭`,
  provisionalTitle: '节假日安排未公布，日期可能变化',
  todoTitle: '要做什么',
  basisTitle: '依据',
  basisHint: '点条文名称可以看原文。',
  citation: (name) => `《${name}》`,
  notesTitle: '说明',
  assumptionsTitle: '我们做了这些假设',
  caseInfoTitle: '案件信息',
  court: '法院',
  caseNumber: '案号',
  caseNumberUnchecked: '（未核对格式）',
  lender: '原告',
  claimTotal: (yuan) => `起诉金额合计 ${yuan} 元`,
  edit: '修改',
  delete: '删除这个案件',
  deleteConfirmTitle: '删除案件？',
  deleteConfirmBody: '删除后，这个案件的日期、期限和文书草稿都会从手机上清除，不能恢复。',
  deleteConfirm: '删除'
}
