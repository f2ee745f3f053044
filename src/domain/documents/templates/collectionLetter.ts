/**
 * 要求停止违规催收的函（写给原告/出借方，没有官方样式）。只谈催收方式，不谈债务本身：
 * 「关于贵司主张的债务」，并声明本函不是对债务存在、数额或期限的承认，也不是履行的意思表示——同意履行、请求延期、
 * 制定清偿计划都会让诉讼时效中断（诉讼时效规定第十四条），时效届满后同意履行就不能再抗辩（民法典第一百九十二条
 * 第二款；诉讼时效规定第十九条）。所引条文都核对过法律文本（domain/collection/conduct.ts）；[S] 的行业规范不写进函里。
 */
import { defineTemplate } from '../template'
import { conductSentences, thirdPartySentences } from './collectionSentences'

export const collectionLetterChannels = ['mail', 'phone', 'app'] as const
export type CollectionLetterChannel = (typeof collectionLetterChannels)[number]

/** The clause every collection letter and complaint carries (tested: collection/acknowledgement.ts finds nothing in it). */
export const NOT_AN_ACKNOWLEDGEMENT = '本函仅就催收方式提出要求，不是对贵司所主张债务的存在、数额或者履行期限的承认，也不是履行的意思表示；本人保留对贵司的主张提出一切抗辩的权利。'

export const collectionLetterTemplate = defineTemplate('collection_letter', {
  debtRef: 'text', recordLine: 'text', thirdParties: 'choices', conduct: 'choices', channels: 'choices', mailAddress: 'text', contactHours: 'text',
}, (s) => [
  { kind: 'title', text: '要求停止违规催收的函' },
  { kind: 'paragraph', indent: false, text: [s.text('plaintiff'), '：'] },
  { kind: 'paragraph', text: ['本人', s.text('name'), '（联系电话：', s.text('phone'), '）就贵司主张的债务的催收方式，函告如下。'] },
  { kind: 'paragraph', if: [s.key('debtRef')], text: ['贵司所称的债务：', s.text('debtRef'), '。'] },
  { kind: 'paragraph', if: [s.key('recordLine')], text: [s.text('recordLine')] },
  { kind: 'paragraph', text: ['贵司或者贵司委托的催收人员有下列行为：'] },
  { kind: 'chosen', slot: s.key('thirdParties'), options: thirdPartySentences, numbered: false },
  { kind: 'chosen', slot: s.key('conduct'), options: conductSentences, numbered: false },
  { kind: 'paragraph', text: ['以电话、短信、即时通讯工具等方式侵扰他人的私人生活安宁，或者没有合法依据处理他人的个人信息，不符合《中华人民共和国民法典》第一千零三十三条和《中华人民共和国个人信息保护法》第六条、第十三条的规定。为此，本人要求：'] },
  { kind: 'paragraph', text: ['一、立即停止联系本人的家人、工作单位、同事、朋友以及通讯录中的其他人，不得向任何第三人透露与本人有关的信息；'] },
  { kind: 'paragraph', text: ['二、停止威胁、辱骂、冒充公安或者法院工作人员等行为；'] },
  { kind: 'paragraph', text: ['三、今后只通过下列方式与本人联系：'] },
  { kind: 'chosen', slot: s.key('channels'), numbered: false, options: {
    mail: ['书面信件，寄至：', s.text('mailAddress'), '；'],
    phone: ['电话或者短信，只打本人的手机', s.text('phone'), '，时间为', s.text('contactHours'), '；'],
    app: ['贵司App或者官方平台内的消息。'],
  } },
  { kind: 'paragraph', if: [s.key('caseNumber')], text: ['贵司已就相关争议向', s.text('court'), '提起诉讼（案号：', s.text('caseNumber'), '），相关争议由法院依法审理。'] },
  { kind: 'paragraph', text: ['本人已保存相关的通话记录、短信和截图。上述行为如果继续，本人将向国家金融监督管理总局等部门投诉；遇有威胁人身安全等情形，将向公安机关报案。'] },
  { kind: 'paragraph', text: [NOT_AN_ACKNOWLEDGEMENT] },
  { kind: 'signature', role: '本人（签名）' },
])
