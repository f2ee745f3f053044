/**
 * 常见原告的住所地（到市一级），用来判断管辖权异议有没有用：给付货币的合同，接收货币一方（出借方）所在地是
 * 合同履行地（民诉法解释第十八条第二款），出借方可以在那里起诉（民事诉讼法第二十四条）。
 * All [S] — public reports, not the business register; the page shows them as 参考 and asks the user to check
 * the 住所 the complaint gives for the plaintiff:
 * - 重庆蚂蚁消费金融有限公司 — Chongqing: Reuters, 2021-06-03, "Ant Group consumer finance unit in Chongqing
 *   wins operating approval" (the CBIRC Chongqing bureau's statement).
 * - 浙江网商银行 — Hangzhou: Xinhua via ecns.cn, 2015-06-26, "MYbank is headquartered in the eastern city of Hangzhou".
 * - 招联消费金融 — Shenzhen; 马上消费金融 — Chongqing; 中银消费金融 — Shanghai; 兴业消费金融 — Quanzhou:
 *   "Chinese consumer finance: a primer", Frontiers of Business Research in China (2020), Table 1 (location of
 *   each licensed consumer finance company as of June 2019).
 * Keys are the lender keys stored with a case (src/storage/caseRecord.ts), as strings so the domain has no
 * storage import. Bank card centres ('card') and 'other' have no fixed seat.
 */
export const lenderSeatCity: Readonly<Record<string, string>> = {
  alipay: '重庆市',
  mybank: '杭州市',
  zhaolian: '深圳市',
  mashang: '重庆市',
  bocfc: '上海市',
  cibfc: '泉州市',
}

/** The three internet courts and their cities (互联网法院规定第二条: each hears its own city's cases). */
const INTERNET_COURTS: readonly [RegExp, string][] = [[/北京互联网法院/, '北京市'], [/广州互联网法院/, '广州市'], [/杭州互联网法院/, '杭州市']]

/**
 * The city of an internet court, or null for any other court.
 * @example internetCourtCity('杭州互联网法院') // '杭州市'
 * @example internetCourtCity('杭州市西湖区人民法院') // null
 */
export function internetCourtCity(court: string | undefined): string | null {
  if (!court) return null
  return INTERNET_COURTS.find(([re]) => re.test(court))?.[1] ?? null
}
