/**
 * 催收记录表（自己保存，投诉时作为附件）：每一条记录一行——日期时间、方式和号码、对方自称、说了什么、联系了谁、
 * 有哪些不该有的行为、截图编号。行由 services/collectionRecord.ts 按记录算出。
 */
import { defineTemplate } from '../template'

export const collectionRecordTemplate = defineTemplate('collection_record', { entryCount: 'count', period: 'text', entryRows: 'rows' }, (s) => [
  { kind: 'title', text: '催收记录表' },
  { kind: 'paragraph', indent: false, text: ['记录人：', s.text('name'), '　联系电话：', s.text('phone')] },
  { kind: 'paragraph', indent: false, text: ['催收方：', s.text('plaintiff'), '及其委托的催收人员'] },
  { kind: 'paragraph', indent: false, if: [s.key('caseNumber')], text: ['相关案件：', s.text('court'), s.text('caseNumber')] },
  { kind: 'paragraph', indent: false, if: [s.key('entryCount'), s.key('period')], text: ['共', s.count('entryCount'), '条记录，', s.text('period'), '。'] },
  { kind: 'rows', slot: s.key('entryRows') },
  { kind: 'paragraph', text: ['以上内容由本人根据手机里的通话记录、短信、聊天记录和截图如实整理；截图、照片另附，编号与上表一致。'] },
  { kind: 'signature', role: '记录人（签名）' },
])
