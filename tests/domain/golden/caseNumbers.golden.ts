/**
 * Golden 案号 table (《最高人民法院关于人民法院案件案号的若干规定》, 2018 amendment [S]); examples
 * from the fact sheet §15 (public data [S]) plus the typing variants users produce.
 */
import type { CaseNumber, CaseNumberIssueCode } from '../../../src/domain/case/caseNumber'

export type GoldenCaseNumber = { input: string; citation: string; expect: CaseNumber | CaseNumberIssueCode }

const RULES = '案号规定第三条'

export const goldenCaseNumbers: GoldenCaseNumber[] = [
  { input: '（2025）浙0192民初1234号', citation: `${RULES}; 浙0192 = 杭州互联网法院 [S]`, expect: { normalized: '（2025）浙0192民初1234号', year: 2025, courtCode: '浙0192', typeCode: '民初', sequence: 1234 } },
  { input: '(2025)浙0192民初1234号', citation: `${RULES}: half-width brackets normalised`, expect: { normalized: '（2025）浙0192民初1234号', year: 2025, courtCode: '浙0192', typeCode: '民初', sequence: 1234 } },
  { input: ' ( 2025 ) 浙0192 民初 1234 号 ', citation: `${RULES}: spaces removed`, expect: { normalized: '（2025）浙0192民初1234号', year: 2025, courtCode: '浙0192', typeCode: '民初', sequence: 1234 } },
  { input: '【2024】粤0192民初７号', citation: `${RULES}: 【】 and full-width digits`, expect: { normalized: '（2024）粤0192民初7号', year: 2024, courtCode: '粤0192', typeCode: '民初', sequence: 7 } },
  { input: '（2021）川0104民诉前调801号', citation: '特邀调解规定; 民诉前调 (4 characters) [S]', expect: { normalized: '（2021）川0104民诉前调801号', year: 2021, courtCode: '川0104', typeCode: '民诉前调', sequence: 801, suggestedProcedure: 'pre_litigation_mediation' } },
  { input: '（2024）浙02民诉前调595号', citation: '中院 code with 2 digits; 民诉前调 [S]', expect: { normalized: '（2024）浙02民诉前调595号', year: 2024, courtCode: '浙02', typeCode: '民诉前调', sequence: 595, suggestedProcedure: 'pre_litigation_mediation' } },
  { input: '(2025)渝0192民督88号', citation: '民督 = 督促程序 (民事诉讼法第二百二十五条)', expect: { normalized: '（2025）渝0192民督88号', year: 2025, courtCode: '渝0192', typeCode: '民督', sequence: 88, suggestedProcedure: 'payment_order' } },
  { input: '(2018)沪01民初937号之三', citation: `${RULES}; 之三 suffix [S]`, expect: { normalized: '（2018）沪01民初937号之三', year: 2018, courtCode: '沪01', typeCode: '民初', sequence: 937, suffix: '之三' } },
  { input: '（2023）京04民终15号之一', citation: `${RULES}; 民终 second instance`, expect: { normalized: '（2023）京04民终15号之一', year: 2023, courtCode: '京04', typeCode: '民终', sequence: 15, suffix: '之一' } },
  { input: '（2024）最高法民申123号', citation: '案号规定第四条: 最高法', expect: { normalized: '（2024）最高法民申123号', year: 2024, courtCode: '最高法', typeCode: '民申', sequence: 123 } },
  { input: '（2022）内0102民初66号', citation: '案号规定第四条: 内 = 内蒙古', expect: { normalized: '（2022）内0102民初66号', year: 2022, courtCode: '内0102', typeCode: '民初', sequence: 66 } },
  { input: '（2024）粤73知民初5号', citation: '案号规定第二条: 专门审判代字 知 (IP court 粤73)', expect: { normalized: '（2024）粤73知民初5号', year: 2024, courtCode: '粤73', typeCode: '知民初', sequence: 5 } },
  { input: '（2025）苏05执1234号', citation: '执 = 首次执行', expect: { normalized: '（2025）苏05执1234号', year: 2025, courtCode: '苏05', typeCode: '执', sequence: 1234 } },
  { input: '（２０２５）浙０１９２民诉前调 12 号 之二', citation: `${RULES}: full-width digits, spaces, 之二 after a 4-character type code [S]`, expect: { normalized: '（2025）浙0192民诉前调12号之二', year: 2025, courtCode: '浙0192', typeCode: '民诉前调', sequence: 12, suffix: '之二', suggestedProcedure: 'pre_litigation_mediation' } },
  { input: '〔2024〕京01民辖终3号', citation: `${RULES}: 〔〕 brackets; 民辖终 (3 characters)`, expect: { normalized: '（2024）京01民辖终3号', year: 2024, courtCode: '京01', typeCode: '民辖终', sequence: 3 } },
  { input: '（2016）粤0304民初18775-18776号', citation: 'merged numbers [S]: not one case', expect: 'merged_case_numbers' },
  { input: '（2015）济民一初字第21号', citation: 'pre-2016 legacy format [S]', expect: 'legacy_format' },
  { input: '（1979）京01民初1号', citation: 'year out of range', expect: 'year_out_of_range' },
  { input: '（2025）浙0192民初0123号', citation: '案号规定第十条: natural numbers, no leading zero', expect: 'invalid_sequence' },
  { input: '2025浙0192民初1234号', citation: `${RULES}: the year is bracketed`, expect: 'invalid_format' },
  { input: '（2025）浙0192民初1234', citation: `${RULES}: ends with 号`, expect: 'invalid_format' },
  { input: '（2025）XX0192民初1号', citation: '案号规定第四条: province abbreviation', expect: 'invalid_format' },
  { input: '   ', citation: 'empty input', expect: 'empty' },
]
