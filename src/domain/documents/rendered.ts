/**
 * 渲染结果：已经填好的文书，只剩文字、勾选框和表格，没有任何占位符。
 * 纯文本和 Word 文件都从这里生成。交给法院或对方的纸上只有用户自己的话：「模板，不构成法律意见」的提示
 * 只在屏幕上和分享时显示（src/i18n/documents.ts），不进文书本身（issue 17）。
 */

/** A piece of text. `box` marks ☐/☑ (printed in a symbol font); `blank` a line left to write in by hand. */
export type Run = { text: string; bold?: boolean; box?: boolean; blank?: boolean }
export type Line = Run[]

export type RenderedRow =
  | { kind: 'section'; text: string }
  | { kind: 'item'; label: string; lines: Line[] }

export type RenderedBlock =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; runs: Line; indent: boolean; align: 'left' | 'right' }
  | { kind: 'table'; rows: RenderedRow[] }

export type RenderedDocument = {
  title: string
  blocks: RenderedBlock[]
  /** How many blanks are left to write in by hand. */
  blanks: number
}

export const BOX_OFF = '☐'
export const BOX_ON = '☑'

/** The text of a line, boxes and blanks included. */
export const lineText = (line: Line): string => line.map((r) => r.text).join('')
