/**
 * 一段文字里有没有承认欠款、承诺还款的话。要求停止违规催收的函和投诉书绝不能有：同意履行（含分期、部分履行、
 * 请求延期、制定清偿计划）会让诉讼时效中断（民法典第一百九十五条第二项；诉讼时效规定第十四条），时效届满后同意履行
 * 就不能再以时效抗辩（民法典第一百九十二条第二款；诉讼时效规定第十九条）。
 * The patterns are the ways such a sentence is written in Chinese letters; a negation that names these acts
 * (「不是履行的意思表示」) is worded so that it matches none of them.
 */
const ACKNOWLEDGING: readonly RegExp[] = [
  /(本人|我)(所)?欠/, /欠(贵司|你们|你司)/, /所欠/, /欠款/,
  /愿意(偿还|还款|归还|还清|支付)/, /同意(偿还|还款|归还|还清|支付|分期)/, /承诺(于|在|按|将|会|每月)/,
  /(将|会|争取)(于|在)?.{0,12}(偿还|归还|还清|还款)/, /分期(还款|偿还|归还)/, /还款(计划|方案)/,
  /(本人|我)(已经)?逾期/, /逾期未还/, /延期(还款|履行)/,
]

/**
 * The acknowledging phrases found in `text` (empty when there are none).
 * @example acknowledgingPhrases('本人愿意偿还欠款本金') // ['欠款', '愿意偿还']
 * @example acknowledgingPhrases('关于贵司主张的债务，本函不是对其存在或数额的承认。') // []
 */
export function acknowledgingPhrases(text: string): string[] {
  return ACKNOWLEDGING.flatMap((pattern) => {
    const m = pattern.exec(text)
    return m ? [m[0]] : []
  })
}
