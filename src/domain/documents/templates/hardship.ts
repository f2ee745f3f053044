/**
 * 困难情况：写给出借方的信里，如实说明为什么还不上（文章的建议：如实陈述经济状况，附上收入证明和家庭情况说明）。
 * Shared by the three letters; each is a sentence in the borrower's voice.
 */
import type { Inline } from '../template'

export const hardships = ['job_loss', 'income_drop', 'illness', 'family_burden', 'other_debts'] as const
export type Hardship = (typeof hardships)[number]

export const hardshipSentences: Record<Hardship, Inline[]> = {
  job_loss: ['本人失业（或所在单位停工停产），暂时没有稳定收入。'],
  income_drop: ['本人收入大幅下降，每月收入仅能维持基本生活。'],
  illness: ['本人（或家人）患病治疗，医疗支出较大。'],
  family_burden: ['本人需要抚养子女、赡养老人，家庭负担较重。'],
  other_debts: ['本人同时背负其他债务，还款压力超出承受能力。'],
}
