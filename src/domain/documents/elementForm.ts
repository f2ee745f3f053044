/**
 * 要素式表格的渲染：案号、案由、当事人信息，再逐项「无□ 有□ 事实和理由：」。
 * 表格两列：左边是项目，右边是填写内容（Word 里是真正的表格，纯文本里是缩进的行）。
 */
import type { ClaimedItems } from '../claims/findings'
import type { AnswerForm, AnswerItem } from './answerForms'
import { claimedLabel } from './claimedLabels'
import { E_SERVICE_ACCEPTED } from './docKinds'
import { documentAmount } from './format'
import type { InlineRenderer, RenderInput } from './render'
import { BOX_OFF, BOX_ON, type Line, type RenderedBlock, type RenderedRow, type Run } from './rendered'
import type { AnswerValue } from './template'

const box = (on: boolean): Run => ({ text: on ? BOX_ON : BOX_OFF, box: true })

/**
 * How 「不确定」 prints on the official form, which has only 无/有 (无异议/有异议): 有 is ticked and the reason
 * says the answerer does not confirm it and asks the plaintiff to prove it — the burden stays on the one who
 * asserts (民诉法解释第九十条), and nothing is admitted (证据规定第三条、第四条).
 */
export const UNSURE_REASON = '答辩人对此项不能确认，请原告举证证明。'
const t = (text: string): Run => ({ text })

/** 「男☑ 女☐」: the box after each choice, as the official form prints 「无□ 有□」. */
function choices(labels: string[], chosen: string | undefined): Run[] {
  return labels.flatMap((label, i) => [...(i > 0 ? [t('　')] : []), t(label), box(chosen === label)])
}

function partyRows(r: InlineRenderer): RenderedRow[] {
  const field = (label: string, slot: string, show: 'text' | 'date' = 'text'): Line => [t(label), r.inline({ slot, show })]
  const optional = (label: string): Line => [t(label)]
  const eService = r.text('eService')
  const contact = r.text('eServiceContact')
  return [
    { kind: 'section', text: '当事人信息' },
    { kind: 'item', label: '答辩人（自然人）', lines: [
      field('姓名：', 'name'), [t('性别：'), ...choices(['男', '女'], r.text('gender'))], field('出生日期：', 'birthDate', 'date'),
      field('民族：', 'ethnicity'), optional('工作单位：'), optional('职务：'), field('联系电话：', 'phone'),
      field('住所地（户籍所在地）：', 'address'), r.filled('habitualResidence') ? field('经常居住地：', 'habitualResidence') : optional('经常居住地：'),
    ] },
    { kind: 'item', label: '委托诉讼代理人', lines: [
      choices(['有', '无'], undefined), [t('姓名：　　　单位：　　　职务：　　　联系电话：')], [t('代理权限：'), ...choices(['一般授权', '特别授权'], undefined)],
    ] },
    { kind: 'item', label: '送达地址（适用于一审、二审、再审所有后续程序）及收件人、电话', lines: [
      field('地址：', 'serviceAddress'), field('收件人：', 'name'), field('电话：', 'phone'),
    ] },
    { kind: 'item', label: '是否接受电子送达', lines: [
      [t('是'), box(eService === E_SERVICE_ACCEPTED), t('　方式：'), t(eService === E_SERVICE_ACCEPTED && contact !== '' ? contact : '短信　　微信　　传真　　邮箱　　其他')],
      [t('否'), box(eService === '否')],
    ] },
  ]
}

/** 「原告主张：本金10,000.00元（人民币壹万元整）；利息…」 for the amounts this item answers. */
function claimedLine(item: AnswerItem, form: AnswerForm, claimed: ClaimedItems | undefined): Line[] {
  if (!item.claimed || !claimed) return []
  const parts = item.claimed.flatMap((key) => {
    const fen = claimed[key]
    return typeof fen === 'number' && Number.isSafeInteger(fen) && fen >= 0 ? [`${claimedLabel(form.claimKind, key)}${documentAmount(fen)}`] : []
  })
  return parts.length > 0 ? [[t(`原告主张：${parts.join('；')}`)]] : []
}

/** The reason text: its first line follows 「事实和理由：」, the rest are lines of their own. */
function reasonLines(lead: string, text: string): Line[] {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '')
  return [[t(lead), ...(lines[0] ? [t(lines[0])] : [])], ...lines.slice(1).map((l) => [t(l)])]
}

function itemRow(n: number, item: AnswerItem, form: AnswerForm, answers: Record<string, AnswerValue>, r: InlineRenderer, claimed: ClaimedItems | undefined, defence: boolean): RenderedRow {
  const value = answers[item.id] ?? {}
  const textOf = (key: string) => r.clean(answers[key]?.text ?? '')
  const label = `${n}.${item.heading}`
  if (item.kind === 'text') {
    const lines = item.parts ? item.parts.flatMap((p) => reasonLines(p.label, textOf(`${item.id}.${p.id}`))) : reasonLines('', textOf(item.id))
    return { kind: 'item', label, lines: lines.filter((l) => l.length > 0) }
  }
  const [no, yes] = defence ? ['无', '有'] : ['无异议', '有异议']
  const unsure = value.stance === 'unsure'
  const stanceLine: Line = [t(no), box(value.stance === 'agree'), t('　'), t(yes), box(value.stance === 'object' || unsure)]
  const reason = [...(unsure ? [UNSURE_REASON] : []), textOf(item.id)].filter((l) => l !== '').join('\n')
  return { kind: 'item', label, lines: [...claimedLine(item, form, claimed), stanceLine, ...reasonLines('事实和理由：', reason)] }
}

/** The whole element table of a 要素式 answer. */
export function renderElementForm(form: AnswerForm, r: InlineRenderer, values: RenderInput): RenderedBlock[] {
  const answers = values.answers ?? {}
  const rows: RenderedRow[] = [
    { kind: 'item', label: '案号', lines: [[r.inline({ slot: 'caseNumber', show: 'text' })]] },
    { kind: 'item', label: '案由', lines: [[t(form.caseType)]] },
    ...partyRows(r),
    { kind: 'section', text: '答辩事项（对原告诉讼请求的确认或者异议）' },
    ...form.defence.map((item, i) => itemRow(i + 1, item, form, answers, r, values.claimed, true)),
    { kind: 'section', text: '事实和理由（对起诉状事实与理由的确认或者异议）' },
    ...form.facts.map((item, i) => itemRow(i + 1, item, form, answers, r, values.claimed, false)),
  ]
  return [{ kind: 'table', rows }]
}
