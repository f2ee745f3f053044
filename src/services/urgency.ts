/**
 * 剩余天数 → 紧迫程度，决定时间线和首页上“还剩 N 天”的颜色。
 * 绿色让人以为“没事”，所以只有一周以后的期限才用平静的颜色；越近越醒目。
 */
export type Urgency = 'overdue' | 'within3' | 'within7' | 'later'

/**
 * @example urgencyOf(-1) // 'overdue'
 * @example urgencyOf(3) // 'within3'
 * @example urgencyOf(6) // 'within7'
 * @example urgencyOf(8) // 'later'
 */
export function urgencyOf(daysLeft: number): Urgency {
  if (daysLeft < 0) return 'overdue'
  if (daysLeft <= 3) return 'within3'
  if (daysLeft <= 7) return 'within7'
  return 'later'
}
