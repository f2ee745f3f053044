/**
 * RenderedDocument → WordprocessingML（ECMA-376 第 1 部分）的 word/document.xml 和 word/footer1.xml。
 * A4 (11906 × 16838 twips), margins as GB/T 9704 sets for official papers (top 37 mm, bottom 35 mm,
 * left 28 mm, right 26 mm); body in 仿宋 四号, title in 宋体; the element form is a two-column table
 * with ☐/☑ in a symbol font so every viewer finds the glyph.
 */
import type { Line, RenderedBlock, RenderedDocument, RenderedRow, Run } from '../rendered'

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
/** 8845 twips of text width: 11906 − 1587 − 1474. */
const LABEL_WIDTH = 2600
const CONTENT_WIDTH = 6245
export const FOOTER_REL_ID = 'rIdFooter1'
const SYMBOL_FONT = 'Segoe UI Symbol'

/** Escapes text for XML and drops characters XML 1.0 cannot hold (they would make Word refuse the file). */
export function xmlEscape(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function runXml(run: Run): string {
  const props = [
    run.box ? `<w:rFonts w:ascii="${SYMBOL_FONT}" w:hAnsi="${SYMBOL_FONT}" w:eastAsia="${SYMBOL_FONT}" w:cs="${SYMBOL_FONT}"/>` : '',
    run.bold ? '<w:b/>' : '',
  ].join('')
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlEscape(run.text)}</w:t></w:r>`
}

type ParaOptions = { style?: string; align?: 'center' | 'right'; indent?: boolean; keepNext?: boolean }
function paraXml(runs: Line, o: ParaOptions = {}): string {
  const props = [
    o.style ? `<w:pStyle w:val="${o.style}"/>` : '',
    o.keepNext ? '<w:keepNext/>' : '',
    o.indent ? '<w:ind w:firstLineChars="200" w:firstLine="560"/>' : '',
    o.align ? `<w:jc w:val="${o.align}"/>` : '',
  ].join('')
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs.map(runXml).join('')}</w:p>`
}

function cellXml(width: number, paragraphs: string[], extra = ''): string {
  const body = paragraphs.length > 0 ? paragraphs.join('') : paraXml([], { style: 'FormText' })
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${extra}</w:tcPr>${body}</w:tc>`
}

function rowXml(row: RenderedRow): string {
  if (row.kind === 'section') {
    const p = paraXml([{ text: row.text, bold: true }], { style: 'FormText', align: 'center', keepNext: true })
    return `<w:tr>${cellXml(LABEL_WIDTH + CONTENT_WIDTH, [p], '<w:gridSpan w:val="2"/><w:shd w:val="clear" w:color="auto" w:fill="EDEDED"/>')}</w:tr>`
  }
  const label = paraXml([{ text: row.label }], { style: 'FormText' })
  const content = row.lines.map((line) => paraXml(line, { style: 'FormText' }))
  return `<w:tr>${cellXml(LABEL_WIDTH, [label], '<w:vAlign w:val="center"/>')}${cellXml(CONTENT_WIDTH, content)}</w:tr>`
}

const BORDER = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`
function tableXml(rows: RenderedRow[]): string {
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(BORDER).join('')
  return '<w:tbl><w:tblPr><w:tblW w:w="' + (LABEL_WIDTH + CONTENT_WIDTH) + '" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
    + `<w:tblBorders>${borders}</w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>`
    + `<w:tblGrid><w:gridCol w:w="${LABEL_WIDTH}"/><w:gridCol w:w="${CONTENT_WIDTH}"/></w:tblGrid>`
    + rows.map(rowXml).join('') + '</w:tbl>'
}

function blockXml(block: RenderedBlock): string {
  switch (block.kind) {
    case 'title': return paraXml([{ text: block.text }], { style: 'DocTitle' })
    case 'subtitle': return paraXml([{ text: block.text }], { style: 'DocSubtitle' })
    case 'heading': return paraXml([{ text: block.text, bold: true }], { keepNext: true })
    case 'paragraph': return paraXml(block.runs, { indent: block.indent, align: block.align === 'right' ? 'right' : undefined })
    // An empty paragraph after a table keeps two tables (or a table and the next text) apart.
    case 'table': return tableXml(block.rows) + paraXml([], { style: 'FormText' })
  }
}

/** word/document.xml */
export function documentXml(doc: RenderedDocument): string {
  const sectPr = `<w:sectPr><w:footerReference w:type="default" r:id="${FOOTER_REL_ID}"/><w:pgSz w:w="11906" w:h="16838"/>`
    + '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
  return `${XML_HEAD}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${doc.blocks.map(blockXml).join('')}${sectPr}</w:body></w:document>`
}

/**
 * word/footer1.xml: the page number only. A paper handed to a judge carries the user's words alone; the
 * app's notice stays on screen (issue 17).
 */
export function footerXml(): string {
  const page = '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
  return `${XML_HEAD}<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${page}</w:ftr>`
}
