/**
 * 民事答辩状（要素式）：最高人民法院示范文本的 说明、★特别提示★ 和要素表格（answerForms.ts）。
 * 说明 and 特别提示 follow documents.md §1.1 [S]; 特别提示 quotes 民事诉讼法第十三条第一款 (checked
 * against the 2023 text: 「民事诉讼应当遵循诚信原则。」). 「此致 ××人民法院」 is not an item of the form;
 * it is added before the signature so the court is named on the paper the user hands in.
 */
import type { ClaimKind } from '../../claims/claimKind'
import { answerFormFor } from '../answerForms'
import { defineTemplate, type Template } from '../template'

/**
 * The answer template for a claim kind.
 * @example answerTemplate('credit_card').blocks[0] // { kind: 'title', text: '民事答辩状（信用卡纠纷）' }
 */
export function answerTemplate(kind: ClaimKind): Template {
  const form = answerFormFor(kind)
  return defineTemplate(`answer_${kind}`, {}, (s) => [
    { kind: 'title', text: `民事答辩状（${form.caseType}）` },
    { kind: 'heading', text: '说明：' },
    { kind: 'paragraph', text: ['为了方便您更好地参加诉讼，保护您的合法权利，请填写本表。'] },
    { kind: 'paragraph', text: ['1.答辩时需向人民法院提交证明您身份的材料，如身份证复印件等。'] },
    { kind: 'paragraph', text: ['2.本表所列内容是您参加诉讼以及人民法院查明案件事实所需，请务必如实填写。'] },
    { kind: 'paragraph', text: [`3.本表所涉内容系针对一般${form.caseType}案件，有些内容可能与您的案件无关，您认为与案件无关的项目可以填“无”或不填；对于本表中勾选项可以在对应项打“√”；您认为另有重要内容需要列明的，可以在本表尾部或者另附页填写。`] },
    { kind: 'heading', text: '★特别提示★' },
    { kind: 'paragraph', text: ['《中华人民共和国民事诉讼法》第十三条第一款规定：“民事诉讼应当遵循诚信原则。”'] },
    { kind: 'paragraph', text: ['如果诉讼参加人违反上述规定，进行虚假诉讼、恶意诉讼，人民法院将视违法情形依法追究责任。'] },
    { kind: 'elementForm', form },
    { kind: 'addressee', lead: '此致', slot: s.key('court') },
    { kind: 'signature', role: '答辩人（签字、盖章）' },
  ])
}
