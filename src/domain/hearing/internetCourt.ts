/**
 * 互联网法院：北京、广州、杭州互联网法院集中管辖所在市的网络借款合同等案件（互联网法院规定第二条），案件的受理、
 * 庭审等环节一般在线上完成（第一条），以在线视频方式开庭（第十二条）[V]。
 * Court codes of the three courts in 案号 (法院代字): 浙0192 杭州, 粤0192 广州, 京0491 北京 [S: case numbers as published,
 * e.g. （2018）京0491民初1号; not an official list]. The name is checked first; the code catches a case typed without one.
 */
import { parseCaseNumber } from '../case/caseNumber'

const INTERNET_COURT_CODES: readonly string[] = ['浙0192', '粤0192', '京0491']

/**
 * @example isInternetCourt({ court: '杭州互联网法院' }) // true
 * @example isInternetCourt({ caseNumber: '(2026)粤0192民初88号' }) // true
 * @example isInternetCourt({ court: '杭州市西湖区人民法院', caseNumber: '（2026）浙0106民初5号' }) // false
 */
export function isInternetCourt(c: { court?: string; caseNumber?: string }): boolean {
  if (c.court && c.court.includes('互联网法院')) return true
  if (!c.caseNumber) return false
  const parsed = parseCaseNumber(c.caseNumber)
  return parsed.ok && INTERNET_COURT_CODES.includes(parsed.value.courtCode)
}
