/**
 * 庭审提纲和催收三份文书的名称和链接文字（issue 21），并入 documentNames.ts 的两张表。
 */
export const hearingCollectionDocNames = {
  hearing_outline: '庭审提纲（自己用）',
  collection_record: '催收记录表（自己保存，投诉时附上）',
  collection_letter: '要求停止违规催收的函',
  collection_complaint: '投诉书（违规催收）',
} as const

export const hearingCollectionDocLinks = {
  hearing_outline: '开庭前看：庭审提纲（按你的答辩状）',
  collection_record: '催收骚扰？记下来',
  collection_letter: '写函：要求停止联系家人、同事',
  collection_complaint: '写投诉书（12378）',
} as const
