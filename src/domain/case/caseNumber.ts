/**
 * 案号解析：《最高人民法院关于人民法院案件案号的若干规定》(法〔2015〕137号, 2018 amendment) [S].
 * Format (art. 3): （收案年度）法院代字 + 专门审判代字 + 类型代字 + 案件编号 + 号. Users type half-width
 * or 【】 brackets and spaces, so the input is normalised to the official full-width form first.
 */
import type { Procedure } from '../deadlines/caseFacts'

export type CaseNumber = {
  /** Official form, e.g. '（2025）浙0192民初1234号之一'. */
  normalized: string
  year: number
  /** 法院代字, e.g. '浙0192' (杭州互联网法院), '最高法', '粤07'. */
  courtCode: string
  /** 专门审判代字 + 类型代字 (1–4 characters, art. 7 says ≤ 3 but 民诉前调 exists), e.g. '民初'. */
  typeCode: string
  sequence: number
  /** 之一/之二… for later rulings in the same case. */
  suffix?: string
  /** The procedure the type code implies, when it implies one. */
  suggestedProcedure?: Procedure
}

export const caseNumberIssueCodes = ['empty', 'invalid_format', 'year_out_of_range', 'legacy_format', 'merged_case_numbers', 'invalid_sequence'] as const
export type CaseNumberIssueCode = (typeof caseNumberIssueCodes)[number]
export type ParseCaseNumberResult = { ok: true; value: CaseNumber } | { ok: false; code: CaseNumberIssueCode }

// 高院 abbreviations (art. 4), plus 内 (内蒙古), 军 (military) and 兵 (XPCC); 2 digits = 中院, 4 = 基层.
const COURT = '最高法|[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新内军兵](?:\\d{4}|\\d{2})?'
const CASE_NUMBER = new RegExp(`^（(\\d{4})）(${COURT})([\\u4e00-\\u9fa5]{1,5}?)(\\d+)号(之[一二三四五六七八九十]+)?$`)
const MERGED = new RegExp(`^（\\d{4}）(?:${COURT})[\\u4e00-\\u9fa5]{1,5}?\\d+(?:[-—、]\\d+)+号`)

const SUGGESTED: Record<string, Procedure> = {
  民督: 'payment_order',
  民诉前调: 'pre_litigation_mediation',
}

function normalize(input: string): string {
  return input
    .replace(/[\s\u3000]+/g, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/^[(（【[〔]/, '（')
    .replace(/^（(\d{4})[)）】\]〕]/, '（$1）')
}

/**
 * Normalises and parses a 案号.
 * @example
 * parseCaseNumber('(2025) 浙0192民督 88 号')
 * // { ok: true, value: { normalized: '（2025）浙0192民督88号', year: 2025, courtCode: '浙0192',
 * //   typeCode: '民督', sequence: 88, suggestedProcedure: 'payment_order' } }
 */
export function parseCaseNumber(input: string): ParseCaseNumberResult {
  const text = normalize(input)
  if (text === '') return { ok: false, code: 'empty' }
  if (/字第\d+号/.test(text)) return { ok: false, code: 'legacy_format' } // pre-2016 '（2015）济民一初字第21号'
  if (MERGED.test(text)) return { ok: false, code: 'merged_case_numbers' }
  const match = CASE_NUMBER.exec(text)
  if (!match) return { ok: false, code: 'invalid_format' }
  const [, yearText, courtCode, typeCode, sequenceText, suffix] = match
  const year = Number(yearText)
  // Case numbers in this form exist from 2016; older years only as typos. No clock here, so 2100 caps it.
  if (year < 1980 || year > 2100) return { ok: false, code: 'year_out_of_range' }
  if (sequenceText.startsWith('0')) return { ok: false, code: 'invalid_sequence' }
  const value: CaseNumber = { normalized: text, year, courtCode, typeCode, sequence: Number(sequenceText) }
  if (suffix) value.suffix = suffix
  const suggested = SUGGESTED[typeCode]
  if (suggested) value.suggestedProcedure = suggested
  return { ok: true, value }
}
