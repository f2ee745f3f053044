/**
 * 案件阶段的短名字。首页（主包）也用，所以单独一个小文件：阶段说明、错过期限的帮助等长文字在
 * lifecycle.ts，只进分包。
 */
import type { StageCode, StageVariant } from '@/domain/lifecycle/caseStages'

export const stageName: Record<StageCode, string> = {
  received: '收到材料',
  answer_and_evidence: '答辩与举证',
  hearing: '开庭',
  judgment: '判决',
  appeal_or_effective: '上诉或生效',
  performance: '履行与执行',
  payment_order_objection: '支付令异议期',
  mediation: '诉前调解',
  litigation: '可能正式起诉'
}

/** “上诉或生效”这一段走到了哪一边。 */
export const stageVariantName: Record<StageVariant, string> = {
  appeal_period: '上诉期内',
  second_instance: '二审',
  effective: '判决已生效',
  final: '判决生效（不能上诉）'
}

/** 首页一行（期限都过了的案件）：'现在：履行与执行（判决已生效）· 点开看下一步' */
export const stageLine = (name: string, variant?: string): string => `现在：${name}${variant ? `（${variant}）` : ''} · 点开看下一步`
