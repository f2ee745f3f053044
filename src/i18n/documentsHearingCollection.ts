/**
 * 文书页面上庭审提纲和催收三份文书的文字（issue 21），并入 documents.ts 的各张表：每份文书的用途、页面第一条提示
 * （规则、份数、交到哪里）、函和投诉书要问的问题和选项。
 */
import type { ConductCode } from '@/domain/collection/conduct'
import type { ThirdParty } from '@/domain/collection/entry'
import type { CollectionLetterChannel } from '@/domain/documents/templates/collectionLetter'
import type { FieldText } from './documents'

export const hearingCollectionPurpose = {
  hearing_outline: '开庭前给自己看的一页纸：法官会逐项问的要素、你的意见和证据、要带的东西。不用交给法院。',
  collection_record: '把每一次催收记下来（时间、号码、说了什么、联系了谁），附上截图。自己保存，投诉时作为附件。',
  collection_letter: '写给原告（出借方）：要求停止联系你的家人、同事，只用你指定的方式联系你。不承认债务，也不承诺还款。',
  collection_complaint: '交给国家金融监督管理总局（12378）等：投诉违规催收。投诉能记下对方的违规行为，但不能免掉或减少欠款，也不能让官司停下来。',
} as const

export const hearingCollectionNote = {
  hearing_outline: '庭审提纲是给你自己看的，不用交给法院。它按你填的答辩状列出法官会逐项问到的内容。',
  collection_record: '催收记录表自己保存；向监管部门投诉时把它和截图一起附上。',
  collection_letter: '份数：打印两份，签名后一份用挂号信或EMS寄给原告（地址看起诉状或对方官网的客服地址），一份自己留着，连同寄件凭证一起保存。这封函只谈催收方式：写的是“贵司主张的债务”，并写明不是对债务的承认，也不是还款的承诺——承认欠款、答应还款或分期，可能让诉讼时效重新计算，时效过了以后还会失去时效抗辩（诉讼时效规定第十四条、第十九条）。',
  collection_complaint: '交到哪里：拨打 12378（国家金融监督管理总局的消费者投诉热线）按提示口述，或者通过它的官方网站、公众号的投诉入口提交，把这份投诉书和催收记录表、截图作为材料；原告是小额贷款公司的，向当地的地方金融管理部门投诉。自己留一份。投诉能让监管部门要求机构核查、答复，记下违规行为；不能免掉或减少欠款，也不能让法院的官司停下来。',
} as const

/** The preview page's tip for these documents (the court filings' tip is about signed copies for the court). */
export const hearingCollectionPrintTip: Partial<Record<string, string>> = {
  hearing_outline: '自己看的：打印一份带去开庭，或者存在手机里。',
  collection_record: '自己保存；投诉时打印一份，和截图一起附上。',
  collection_letter: '打印两份并签名：一份用挂号信或EMS寄给原告，留好寄件凭证；一份自己留着。',
  collection_complaint: '可以照着它拨打 12378 口述，或者在网上投诉时粘贴全文、上传截图和催收记录表；自己留一份。',
}

export type HearingCollectionFieldKey = 'debtRef' | 'thirdParties' | 'conduct' | 'channels' | 'mailAddress' | 'contactHours' | 'authority' | 'agency'

export const hearingCollectionFieldText: Record<HearingCollectionFieldKey, FieldText> = {
  debtRef: { label: '对方说的是哪一笔（可不填）', hint: '写对方能认出来的：产品名称、合同编号。文书上写作“贵司所称的债务”，不写成你承认欠款。', placeholder: '例如：借呗，合同编号 JB2025-001' },
  thirdParties: { label: '对方联系了哪些人（可多选）', hint: '按你的催收记录预选了，可以改。' },
  conduct: { label: '对方还有哪些行为（可多选）', hint: '只选真的发生过的。' },
  channels: { label: '以后只允许对方怎么联系你（可多选）' },
  mailAddress: { label: '寄信的地址', placeholder: '例如：浙江省杭州市西湖区文三路1号' },
  contactHours: { label: '允许打电话的时间', placeholder: '例如：工作日9时至18时' },
  authority: { label: '交给哪个部门', hint: '银行、消费金融公司：国家金融监督管理总局；小额贷款公司：当地的地方金融管理部门。' },
  agency: { label: '催收机构的名称或催收电话（可不填）', placeholder: '例如：某某信息咨询公司，0571-88886666' },
}

export const hearingCollectionOptions = {
  collectionThirdParties: {
    family: '家人（父母、配偶、子女等）', employer: '工作单位', colleagues: '同事', friends: '朋友', contacts: '通讯录里的其他人（爆通讯录）', other: '其他人',
  } satisfies Record<ThirdParty, string>,
  collectionConduct: {
    debt_disclosed: '向别人透露我的个人信息和欠款情况', threats: '威胁、恐吓（说要上门、要对我或家人不利）', false_authority: '冒充警察、法院或律师，或者说要抓我',
    abuse: '辱骂、侮辱', harassment: '夜里或一天多次打电话、发信息',
  } satisfies Record<Exclude<ConductCode, 'third_party_contact'>, string>,
  collectionChannels: { mail: '书面信件', phone: '只打我本人的手机，限定时间', app: '对方App或官方平台内的消息' } satisfies Record<CollectionLetterChannel, string>,
}
