/** 案件详情页（期限时间线）的文案。只被分包里的详情页引用。 */
import type { ServiceMethod } from '@/domain/deadlines'
import { fullDate } from './dates'

export interface DetailMessages {
  title: string
  notFound: string
  backHome: string
  noDeadlines: string
  dueLabel: string
  /** '法定最后一天：2026年10月8日（周四）' */
  dueLine: (date: string) => string
  /** 建议最晚行动日（工作日）；beforeRest：法定最后一天落在节假日或周末，所以提前到放假前的工作日 */
  safeDue: (date: string, beforeRest: boolean) => string
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
  servedOn: string
  publicNoticeOn: string
  hearing: string
  /** 案件信息里的一行：'法院：杭州互联网法院' */
  infoLine: (label: string, value: string) => string
  /** 送达日期，后面括注送达方式（有的话） */
  servedValue: (date: string, method?: ServiceMethod) => string
  hearingValue: (date: string, time: string) => string
  /** 金额已带千分位和两位小数，如 '12,345.67' */
  claimTotal: (yuan: string) => string
  edit: string
  delete: string
  deleteConfirmTitle: string
  deleteConfirmBody: string
  deleteConfirm: string
  prepareTitle: string
  prepareProgress: (ready: number, total: number) => string
  openChecklist: string
  openClaimCheck: string
}

const DUE_LABEL = '法定最后一天'

const SERVICE_METHOD_SHORT: Record<ServiceMethod, string> = {
  direct: '当面签收',
  mail: '邮寄',
  electronic: '电子送达',
  left_at_residence: '留置送达',
  public_notice: '公告送达'
}

export const detailText: DetailMessages = {
  title: '期限一览',
  notFound: '没有找到这个案件，可能已经删除了。',
  backHome: '回到首页',
  noDeadlines: '还算不出期限：缺少送达日期或开庭时间。点“修改”补上收到材料的日期。',
  dueLabel: DUE_LABEL,
  dueLine: (date) => `${DUE_LABEL}：${date}`,
  safeDue: (date, beforeRest) => `建议最晚在 ${fullDate(date)} 办好${beforeRest ? '（之后是休息日，法院不办公）' : ''}`,
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
  servedOn: '送达日期',
  publicNoticeOn: '公告日期',
  hearing: '开庭',
  infoLine: (label, value) => `${label}：${value}`,
  servedValue: (date, method) => (method ? `${date}（${SERVICE_METHOD_SHORT[method]}）` : date),
  hearingValue: (date, time) => `${date} ${time}`,
  claimTotal: (yuan) => `起诉金额合计 ${yuan} 元`,
  edit: '修改',
  delete: '删除这个案件',
  deleteConfirmTitle: '删除案件？',
  deleteConfirmBody: '删除后，这个案件的日期和期限，以及证据清单、笔记、在本工具里保存的照片、核对记录和文书草稿，都会从手机上清除，不能恢复。手机相册里的原图不受影响。',
  deleteConfirm: '删除',
  prepareTitle: '准备应诉',
  prepareProgress: (ready, total) => `证据已准备 ${ready}/${total}`,
  openChecklist: '证据清单',
  openClaimCheck: '核对诉讼请求的金额'
}
