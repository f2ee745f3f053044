/**
 * 质证意见的表格：每份证据一节（序号、名称），下面是原告的证明目的、真实性、合法性、关联性和对证明目的的意见。
 * 没选的意见印成一条横线，留给手写；一份证据都没填时印一节空白，整张表可以打印后手写。
 */
import type { InlineRenderer } from '../render'
import type { Line, RenderedBlock, RenderedRow } from '../rendered'
import { exhibitAspects, type Exhibit, type ExhibitAspect, type ExhibitOpinion, type ExhibitStance } from './exhibits'

export const ASPECT_LABELS: Record<ExhibitAspect, string> = { authenticity: '真实性', legality: '合法性', relevance: '关联性' }
/** How a stance reads in the filing: 「无法确认」 is not an admission (证据规定第三条 needs a clear acceptance). */
export const STANCE_WORDS: Record<ExhibitStance, string> = { accept: '认可', reject: '不认可', unsure: '无法确认' }

const EMPTY: Exhibit = { name: '', aspects: {} }

function isExhibit(value: unknown): value is Exhibit {
  return typeof value === 'object' && value !== null && typeof (value as Exhibit).name === 'string' && typeof (value as Exhibit).aspects === 'object'
}

function opinionLine(opinion: ExhibitOpinion | undefined, r: InlineRenderer): Line {
  const reason = r.clean(opinion?.reason ?? '')
  const stance = opinion?.stance ? [{ text: `${STANCE_WORDS[opinion.stance]}。` }] : [r.blank()]
  return [...stance, ...(reason !== '' ? [{ text: reason }] : [])]
}

function exhibitRows(exhibit: Exhibit, n: number, r: InlineRenderer): RenderedRow[] {
  const name = r.clean(exhibit.name)
  const purpose = r.clean(exhibit.purpose ?? '')
  const opinion = r.clean(exhibit.opinion ?? '')
  return [
    { kind: 'section', text: `${n}.${name !== '' ? name : r.blank().text}` },
    ...(purpose !== '' ? [{ kind: 'item' as const, label: '原告的证明目的', lines: [[{ text: purpose }]] }] : []),
    ...exhibitAspects.map((aspect) => ({ kind: 'item' as const, label: ASPECT_LABELS[aspect], lines: [opinionLine(exhibit.aspects[aspect], r)] })),
    ...(opinion !== '' ? [{ kind: 'item' as const, label: '对证明目的的意见', lines: [[{ text: opinion }]] }] : []),
  ]
}

/**
 * The exhibits as one table. A value that is not a list of exhibits prints one blank exhibit.
 * @example renderExhibits([{ name: '借款合同', aspects: { authenticity: { stance: 'unsure' } } }], r)[0].rows[0] // { kind: 'section', text: '1.借款合同' }
 */
export function renderExhibits(value: unknown, r: InlineRenderer): RenderedBlock[] {
  const exhibits = Array.isArray(value) ? value.filter(isExhibit) : []
  const shown = exhibits.length > 0 ? exhibits : [EMPTY]
  return [{ kind: 'table', rows: shown.flatMap((e, i) => exhibitRows(e, i + 1, r)) }]
}
