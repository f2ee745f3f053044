/**
 * 函和投诉书里描述催收行为的句子（只描述对方做了什么，不涉及债务本身，见 collection/acknowledgement.ts）。
 */
import type { ConductCode } from '../../collection/conduct'
import type { ThirdParty } from '../../collection/entry'
import type { Inline } from '../template'

export const thirdPartySentences: Record<ThirdParty, Inline[]> = {
  family: ['联系本人的家人，向其催收或者要求其转告催收内容。'],
  employer: ['联系本人的工作单位，向单位透露与本人有关的信息。'],
  colleagues: ['联系本人的同事，向其催收或者要求其转告催收内容。'],
  friends: ['联系本人的朋友，向其催收或者要求其转告催收内容。'],
  contacts: ['联系本人手机通讯录中的其他人（俗称“爆通讯录”）。'],
  other: ['联系与本人有关的其他人。'],
}

/** third_party_contact is said through the people contacted above. */
export const conductSentences: Record<Exclude<ConductCode, 'third_party_contact'>, Inline[]> = {
  debt_disclosed: ['向他人透露本人的个人信息以及贵司所主张债务的情况。'],
  threats: ['以威胁、恐吓的方式催收，例如声称要上门、要对本人或者家人不利。'],
  false_authority: ['冒充公安、法院或者律师等身份，或者声称本人将被抓捕、拘留，或者发送仿冒的法律文书。'],
  abuse: ['辱骂、侮辱本人或者他人。'],
  harassment: ['在夜间或者一天之内多次拨打电话、发送信息。'],
}

/** The same sentences for a complaint, where the lender is named 被投诉机构, not 贵司. */
export const complaintConductSentences: Record<Exclude<ConductCode, 'third_party_contact'>, Inline[]> = {
  ...conductSentences,
  debt_disclosed: ['向他人透露投诉人的个人信息以及被投诉机构所主张债务的情况。'],
  threats: ['以威胁、恐吓的方式催收，例如声称要上门、要对投诉人或者家人不利。'],
  false_authority: ['冒充公安、法院或者律师等身份，或者声称投诉人将被抓捕、拘留，或者发送仿冒的法律文书。'],
  abuse: ['辱骂、侮辱投诉人或者他人。'],
}

export const complaintThirdPartySentences: Record<ThirdParty, Inline[]> = {
  family: ['联系投诉人的家人，向其催收或者要求其转告催收内容。'],
  employer: ['联系投诉人的工作单位，向单位透露与投诉人有关的信息。'],
  colleagues: ['联系投诉人的同事，向其催收或者要求其转告催收内容。'],
  friends: ['联系投诉人的朋友，向其催收或者要求其转告催收内容。'],
  contacts: ['联系投诉人手机通讯录中的其他人（俗称“爆通讯录”）。'],
  other: ['联系与投诉人有关的其他人。'],
}
