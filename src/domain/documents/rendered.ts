/**
 * 渲染结果：已经填好的文书，只剩文字、勾选框和表格，没有任何占位符。
 * 纯文本和 Word 文件都从这里生成。
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
  /** 「模板，请核对后签名，不构成法律意见」: the Word file prints it in the footer, the text at the end. */
  notice: string
  /** How many blanks are left to write in by hand. */
  blanks: number
}

/** Printed on every document (the Word footer, the end of the text). */
export const DOCUMENT_NOTICE = '本文书由应诉助手按模板生成，仅供参考，不构成法律意见。请逐项核对、修改后再签名提交；拿不准的，可以拨打 12348 法律援助热线咨询。'

export const BOX_OFF = '☐'
export const BOX_ON = '☑'

/** The text of a line, boxes and blanks included. */
export const lineText = (line: Line): string => line.map((r) => r.text).join('')
