/**
 * 唯一的渲染器：模板 + 值 → RenderedDocument。空着的占位符印成一条横线（留给手写）并计数，
 * 所以结果里不会出现占位符、undefined、NaN 或 null。
 */
import type { ClaimedItems } from '../claims/findings'
import { amountInCapitals } from '../money/capitalAmount'
import { formatFen } from '../money/yuanInput'
import { renderElementForm } from './elementForm'
import { renderExhibits } from './afterAnswer/exhibitRows'
import { BLANK, cleanText, documentAmount, documentDate, isUsableAmount, isUsableDate } from './format'
import type { Line, RenderedBlock, RenderedDocument, RenderedRow, Run } from './rendered'
import type { Block, DocumentValues, Inline, SlotRef, Template } from './template'

export type RenderInput = DocumentValues & { claimed?: ClaimedItems }

/** Renders one inline piece; empty slots count as blanks. */
export type InlineRenderer = { inline(piece: Inline): Run; text(slot: string): string; filled(slot: string): boolean; clean(text: string): string; blank(): Run }

function makeInlineRenderer(values: RenderInput, onBlank: () => void): InlineRenderer {
  const raw = (slot: string) => values.fields[slot]
  const blank = (): Run => { onBlank(); return { text: BLANK, blank: true } }
  const slotRun = (ref: SlotRef): Run => {
    const v = raw(ref.slot)
    switch (ref.show) {
      case 'text': return typeof v === 'string' && cleanText(v) !== '' ? { text: cleanText(v) } : blank()
      case 'date': return isUsableDate(v) ? { text: documentDate(v) } : blank()
      case 'count': return typeof v === 'number' && Number.isInteger(v) && v > 0 ? { text: String(v) } : blank()
      case 'amount': return isUsableAmount(v) ? { text: documentAmount(v) } : blank()
      case 'figures': return isUsableAmount(v) ? { text: formatFen(v) } : blank()
      case 'capitals': return isUsableAmount(v) ? { text: amountInCapitals(v) } : blank()
    }
  }
  return {
    inline: (piece) => (typeof piece === 'string' ? { text: piece } : slotRun(piece)),
    blank,
    clean: cleanText,
    text: (slot) => { const v = raw(slot); return typeof v === 'string' ? cleanText(v) : '' },
    filled: (slot) => {
      const v = raw(slot)
      if (typeof v === 'string') return cleanText(v) !== ''
      if (Array.isArray(v)) return v.length > 0
      return v !== undefined && v !== null && !(typeof v === 'number' && !Number.isFinite(v))
    },
  }
}

/** Adjacent text runs of the same kind merge, so a line is a few runs, not one per piece. */
function merge(runs: Run[]): Line {
  const out: Run[] = []
  for (const run of runs) {
    const last = out[out.length - 1]
    if (run.text === '') continue
    if (last && !last.box && !run.box && !last.blank && !run.blank && Boolean(last.bold) === Boolean(run.bold)) last.text += run.text
    else out.push({ ...run })
  }
  return out
}

const paragraph = (runs: Run[], indent = true, align: 'left' | 'right' = 'left'): RenderedBlock => ({ kind: 'paragraph', runs: merge(runs), indent, align })
const NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

function renderBlock(block: Block, r: InlineRenderer, values: RenderInput): RenderedBlock[] {
  switch (block.kind) {
    case 'title': return [{ kind: 'title', text: block.text }, ...(block.subtitle ? [{ kind: 'subtitle' as const, text: block.subtitle }] : [])]
    case 'heading': return [{ kind: 'heading', text: block.text }]
    case 'paragraph':
      if (block.if && !block.if.every((slot) => r.filled(slot))) return []
      return [paragraph(block.text.map(r.inline), block.indent ?? true)]
    case 'chosen': {
      const chosen = values.fields[block.slot]
      const picked: unknown[] = Array.isArray(chosen) ? chosen : []
      const codes = Object.keys(block.options).filter((code) => picked.includes(code))
      const number = (i: number): Run[] => (block.numbered === false ? [] : [{ text: `${NUMBERS[i] ?? String(i + 1)}、` }])
      if (codes.length === 0 && block.whenNone === 'blank') return [paragraph([r.blank()])]
      return codes.map((code, i) => paragraph([...number(i), ...block.options[code].map(r.inline)]))
    }
    case 'freeText': {
      const text = r.text(block.slot)
      return text === '' ? [] : text.split('\n').filter((l) => l.trim() !== '').map((l) => paragraph([{ text: l.trim() }]))
    }
    case 'addressee': return [paragraph([{ text: block.lead }]), paragraph([r.inline({ slot: block.slot, show: 'text' })], false)]
    case 'party': return [paragraph(partyRuns(block.role, r), false)]
    case 'installments': return installmentRows(values.fields[block.slot])
    case 'rows': return computedRows(values.fields[block.slot])
    case 'signature': return [
      paragraph([{ text: `${block.role}：` }], false, 'right'),
      paragraph(r.filled('signedOn') ? [r.inline({ slot: 'signedOn', show: 'date' })] : [{ text: '　　　　年　　月　　日' }], false, 'right'),
    ]
    case 'elementForm': return renderElementForm(block.form, r, values)
    case 'exhibits': return renderExhibits(values.fields[block.slot], r)
  }
}

/** 异议人（被告）：张三，男，1990年1月2日出生，汉族，住……。联系电话：……。 */
function partyRuns(role: string, r: InlineRenderer): Run[] {
  return [
    { text: `${role}：` }, r.inline({ slot: 'name', show: 'text' }), { text: '，' }, r.inline({ slot: 'gender', show: 'text' }), { text: '，' },
    r.inline({ slot: 'birthDate', show: 'date' }), { text: '出生，' }, r.inline({ slot: 'ethnicity', show: 'text' }), { text: '，住' },
    r.inline({ slot: 'address', show: 'text' }), { text: '。联系电话：' }, r.inline({ slot: 'phone', show: 'text' }), { text: '。' },
  ]
}

function installmentRows(value: unknown): RenderedBlock[] {
  if (!Array.isArray(value) || value.length === 0) return []
  const rows = value.filter((i): i is { n: number; dueOn: string; fen: number } => isUsableDate(i?.dueOn) && isUsableAmount(i?.fen) && Number.isInteger(i?.n))
  return [{
    kind: 'table',
    rows: [{ kind: 'section', text: '还款计划' }, ...rows.map((i) => ({ kind: 'item' as const, label: `第${i.n}期`, lines: [[{ text: documentDate(i.dueOn) + '前　' + formatFen(i.fen) + '元' }]] }))],
  }]
}

/** A 'rows' field as a table; rows that are not a section or an item are dropped, text is cleaned like any input. */
function computedRows(value: unknown): RenderedBlock[] {
  if (!Array.isArray(value)) return []
  const rows = value.flatMap((row: unknown): RenderedRow[] => {
    const r = row as { section?: unknown; label?: unknown; lines?: unknown }
    if (typeof r?.section === 'string' && cleanText(r.section) !== '') return [{ kind: 'section', text: cleanText(r.section) }]
    if (typeof r?.label !== 'string' || !Array.isArray(r.lines)) return []
    const lines = r.lines.filter((l): l is string => typeof l === 'string').flatMap((l) => cleanText(l).split('\n')).map((l) => l.trim()).filter((l) => l !== '')
    return [{ kind: 'item', label: cleanText(r.label), lines: lines.map((l) => [{ text: l }]) }]
  })
  return rows.length > 0 ? [{ kind: 'table', rows }] : []
}

/**
 * Renders a template with its values. Empty slots print as a blank line (counted in `blanks`);
 * nothing else can come out empty, so the result never holds a placeholder, undefined, NaN or null.
 * @example
 * renderDocument(template, { fields: { name: '张三' } }).blocks[0] // { kind: 'title', text: '异议书' }
 */
export function renderDocument(template: Template, values: RenderInput): RenderedDocument {
  let blanks = 0
  const r = makeInlineRenderer(values, () => { blanks++ })
  const blocks = template.blocks.flatMap((b) => renderBlock(b, r, values))
  const title = template.blocks.find((b) => b.kind === 'title')
  return { title: title?.kind === 'title' ? title.text : template.id, blocks, blanks }
}
