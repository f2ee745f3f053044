/**
 * 对在线庭审的意见（同意或者不同意）. 人民法院在线诉讼规则 (法释〔2021〕12号), checked against its text:
 * - 第四条: online litigation needs the party's consent; consent to one step is not consent to the others;
 *   where one side agrees and the other does not, each may take part its own way;
 * - 第五条第一款: a party lacking the ability or means goes offline; 第二款: changing one's mind after consenting
 *   must be raised 「在开展相应诉讼活动前的合理期限内」; 第三款: asking the OTHER side to attend offline needs
 *   concrete reasons;
 * - 第二十一条: no online hearing when every party refuses, or one refuses with good reason (一), when originals
 *   must be checked in person (三), or the case is complex with much evidence (四);
 * - 第二十五条第二款: having consented, not joining without good reason counts as 「拒不到庭」 (default judgment,
 *   民事诉讼法第一百四十七条). The page says this before the document is made.
 * An internet court hears online as a rule (互联网法院规定第一条; offline on application or need).
 */
import { defineTemplate, type Block } from '../template'

export const onlinePositions = ['consent', 'object'] as const
export type OnlinePosition = (typeof onlinePositions)[number]
export const onlineObjections = ['no_device', 'originals', 'complex', 'changed_mind'] as const
export type OnlineObjection = (typeof onlineObjections)[number]

export const onlineHearingTemplate = defineTemplate('online_hearing', {
  onlinePosition: 'choices', onlineObjections: 'choices', reasonText: 'text', hearingOn: 'date',
}, (s): Block[] => [
  { kind: 'title', text: '意见书', subtitle: '（对在线开庭审理的意见）' },
  { kind: 'paragraph', indent: false, text: ['当事人（被告）：', s.text('name'), '，联系电话：', s.text('phone'), '。'] },
  { kind: 'paragraph', text: [s.text('court'), s.text('caseNumber'), '原告', s.text('plaintiff'), '诉被告', s.text('name'), s.text('caseType'), '一案，定于', s.date('hearingOn'), '开庭。被告对以在线视频方式开庭审理的意见如下：'] },
  { kind: 'chosen', slot: s.key('onlinePosition'), numbered: false, options: {
    consent: ['被告同意本案庭审以在线视频方式进行（《人民法院在线诉讼规则》第四条），将通过贵院指定的诉讼平台参加庭审。被告知道，同意后无正当理由不参加在线庭审的，视为拒不到庭。'],
    object: ['被告不同意本案庭审以在线方式进行，请求线下开庭审理，理由如下：'],
  } },
  { kind: 'chosen', slot: s.key('onlineObjections'), options: {
    no_device: ['被告不具备参加在线庭审的设备、网络等条件（《人民法院在线诉讼规则》第五条第一款）。'],
    originals: ['本案需要当庭核对原告证据的原件、原始载体（《人民法院在线诉讼规则》第二十一条第（三）项）。'],
    complex: ['本案证据较多、争议较大，在线庭审不利于查明事实（《人民法院在线诉讼规则》第二十一条第（四）项）。'],
    changed_mind: ['被告此前同意在线庭审，现因情况变化，在开庭前的合理期限内申请转为线下进行（《人民法院在线诉讼规则》第五条第二款）。'],
  } },
  { kind: 'freeText', slot: s.key('reasonText') },
  { kind: 'addressee', lead: '此致', slot: s.key('court') },
  { kind: 'signature', role: '被告（签名）' },
])
