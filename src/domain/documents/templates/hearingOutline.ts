/**
 * 庭审提纲（自己用，不交法院）：案号、法院、开庭时间，然后一张表——法官会逐项核对的要素、要主动提出的、要带的、
 * 在线开庭怎么做。表格的行由 services/hearingOutline.ts 按答辩状算出（domain/hearing/outline.ts）。
 */
import { defineTemplate } from '../template'

export const hearingOutlineTemplate = defineTemplate('hearing_outline', { hearingText: 'text', outlineRows: 'rows' }, (s) => [
  { kind: 'title', text: '庭审提纲', subtitle: '（自己看的，不交给法院）' },
  { kind: 'paragraph', indent: false, text: ['案号：', s.text('caseNumber'), '　法院：', s.text('court')] },
  { kind: 'paragraph', indent: false, text: ['原告：', s.text('plaintiff')] },
  { kind: 'paragraph', indent: false, if: [s.key('hearingText')], text: ['开庭：', s.text('hearingText')] },
  { kind: 'rows', slot: s.key('outlineRows') },
])
