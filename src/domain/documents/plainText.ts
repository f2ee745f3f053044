/**
 * 文书的纯文本（复制、粘贴到法院的网上平台或聊天里用）：表格写成「项目」加缩进的内容，
 * 勾选框照样是 ☐/☑。只有文书本身：应用的提示不进要交出去的文字。
 */
import { lineText, type RenderedBlock, type RenderedDocument } from './rendered'

const INDENT = '　　'
const SHORT_LABEL = 6

function blockText(block: RenderedBlock): string[] {
  switch (block.kind) {
    case 'title': return [block.text]
    case 'subtitle': return [block.text]
    case 'heading': return [block.text]
    case 'paragraph': {
      const text = lineText(block.runs)
      return [block.align === 'right' ? `${INDENT}${INDENT}${text}` : block.indent ? `${INDENT}${text}` : text]
    }
    case 'table': return block.rows.flatMap((row) => {
      if (row.kind === 'section') return ['', `【${row.text}】`]
      // A short label with one line reads best on one line: 「案号 （2026）浙0192民初1234号」 (with an ideographic space).
      if (row.lines.length === 1 && row.label.length <= SHORT_LABEL) return [`${row.label}${INDENT.slice(1)}${lineText(row.lines[0])}`]
      return [row.label, ...row.lines.map((line) => `${INDENT}${lineText(line)}`)]
    })
  }
}

/**
 * The document as plain text: the user's document and nothing else.
 * @example documentToText(renderDocument(template, values)).split('\n')[0] // '异议书'
 */
export function documentToText(doc: RenderedDocument): string {
  return doc.blocks.flatMap(blockText).join('\n')
}
