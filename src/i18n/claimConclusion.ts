/**
 * 核对结果的结论（页面最上面）：一句话和最要紧的数字，其余每条一行，再列出还没有核对的。只被 prepare/ 分包引用。
 * An empty or half-filled check never reads as "nothing wrong": it says what was not checked.
 */
import type { ConclusionLine } from '@/domain/claims/conclusion'
import { fullDate, percent, yuan } from './claimResults'

export const conclusionText = {
  title: '结论',
  /** The first line, large: what matters most. */
  headline: (line: ConclusionLine): string => {
    switch (line.code) {
      case 'limitation_may_have_run': return '诉讼时效可能已经过了'
      case 'limitation_depends_on_filing_date': return '诉讼时效要看立案日期'
      case 'cap_excess': return `利息、费用比上限多 ${yuan(line.excessFen)}`
      case 'received_less': return `到手的钱比起诉的本金少 ${yuan(line.differenceFen)}`
      case 'other_points': return `有 ${line.count} 条可以在答辩状里提出的意见`
    }
  },
  /** One line under the headline, or the line itself when it is not the first. */
  detail: (line: ConclusionLine): string => {
    switch (line.code) {
      case 'limitation_may_have_run': return `三年在${fullDate(line.ranOn)}届满${line.filingDateKnown ? '，早于立案' : '，按案号年份推算早于立案'}。要在一审答辩时自己提出，法院不会主动审查。`
      case 'limitation_depends_on_filing_date': return `三年在${fullDate(line.ranOn)}届满；填上受理通知书上的立案日期就能判断。`
      case 'cap_excess': return `按年利率 ${percent(line.capRate)} 单利计算${line.reference ? '（参考）' : ''}，超出的部分可以在答辩时请求调减。`
      case 'received_less': return '本金应当按实际到手的金额算（民法典第六百七十条）。'
      case 'other_points': return '见下面“可以在答辩状里提出的意见”。'
    }
  },
  noneFound: '在已经核对的几项里，没有发现可以提出的意见。',
  noneFoundNote: '这不等于起诉状的金额都对：下面列出了还没有核对的，法院会根据证据认定。',
  nothingChecked: '还没有可以核对的内容',
  nothingCheckedNote: '填上下面这些，才能核对：',
  uncheckedLead: '还没有核对：',
  details: '每一项的详细结果和算法在下面；点“怎么算的”可以展开。',
}
