/**
 * The text of a PDF that LibreOffice wrote, for checking that a .docx opened in a real word processor says what we
 * wrote (issue 21: hearing outline and collection documents; 21a keeps its own helper). Enough of PDF for
 * LibreOffice's output: Flate-compressed streams, fonts with a ToUnicode CMap (simple 1-byte TrueType subsets or
 * 2-byte Type0), text in Tj / TJ / ' / " operators. No dependency: node:zlib only.
 */
import { inflateSync } from 'node:zlib'

type Obj = { num: number; dict: string; stream?: Buffer }

function objects(pdf: Buffer): Map<number, Obj> {
  const out = new Map<number, Obj>()
  const text = pdf.toString('latin1')
  const re = /(\d+)\s+0\s+obj\b/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length
    const end = text.indexOf('endobj', start)
    const body = text.slice(start, end)
    const s = body.indexOf('stream')
    if (s >= 0 && /^stream\r?\n/.test(body.slice(s))) {
      const dict = body.slice(0, s)
      const dataStart = start + s + (body[s + 6] === '\r' ? 8 : 7)
      const dataEnd = text.lastIndexOf('endstream', end)
      let data = pdf.subarray(dataStart, dataEnd)
      if (/\/FlateDecode/.test(dict)) { try { data = inflateSync(data) } catch { data = Buffer.alloc(0) } }
      out.set(Number(m[1]), { num: Number(m[1]), dict, stream: data })
    } else out.set(Number(m[1]), { num: Number(m[1]), dict: body })
  }
  return out
}

type CMap = { bytes: number; map: Map<number, string> }

const utf16 = (hex: string): string => {
  let s = ''
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16))
  return s
}

function parseCMap(src: string): CMap {
  const map = new Map<number, string>()
  const range = /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/.exec(src.slice(src.indexOf('begincodespacerange')))
  const bytes = range ? range[1].length / 2 : 1
  for (const block of src.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? []) {
    for (const m of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(m[1], 16), utf16(m[2]))
  }
  for (const block of src.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? []) {
    for (const m of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const lo = parseInt(m[1], 16)
      const hi = parseInt(m[2], 16)
      const base = parseInt(m[3], 16)
      for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(base + c - lo))
    }
  }
  return { bytes, map }
}

/** Font resource name (F1…) → its CMap, gathered from every /Font dictionary in the file. */
function fontMaps(objs: Map<number, Obj>): Map<string, CMap> {
  const cmapOfFont = new Map<number, CMap>()
  for (const o of objs.values()) {
    const t = /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(o.dict)
    const stream = t ? objs.get(Number(t[1]))?.stream : undefined
    if (stream) cmapOfFont.set(o.num, parseCMap(stream.toString('latin1')))
  }
  // Font dictionaries may be inline (/Font << /F1 9 0 R >>) or objects of their own (<< /F1 9 0 R >>): any name that
  // refers to a font with a ToUnicode map is a font resource.
  const byName = new Map<string, CMap>()
  for (const o of objs.values()) {
    for (const m of o.dict.matchAll(/\/([A-Za-z0-9_.+-]+)\s+(\d+)\s+0\s+R/g)) {
      const cmap = cmapOfFont.get(Number(m[2]))
      if (cmap) byName.set(m[1], cmap)
    }
  }
  return byName
}

function decodeLiteral(s: string): number[] {
  const out: number[] = []
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c !== '\\') { out.push(s.charCodeAt(i)); continue }
    const n = s[++i]
    if (/[0-7]/.test(n)) { let oct = n; while (oct.length < 3 && /[0-7]/.test(s[i + 1])) oct += s[++i]; out.push(parseInt(oct, 8)) } else out.push({ n: 10, r: 13, t: 9, b: 8, f: 12 }[n as 'n'] ?? n.charCodeAt(0))
  }
  return out
}

function decodeString(codes: number[], cmap: CMap | undefined): string {
  if (!cmap) return ''
  let s = ''
  for (let i = 0; i + cmap.bytes <= codes.length; i += cmap.bytes) {
    const code = cmap.bytes === 2 ? (codes[i] << 8) | codes[i + 1] : codes[i]
    s += cmap.map.get(code) ?? ''
  }
  return s
}

/** The text of every page, a line per text object (BT … ET) or line move. */
export function pdfText(pdf: Buffer): string {
  const objs = objects(pdf)
  const fonts = fontMaps(objs)
  let out = ''
  for (const o of objs.values()) {
    if (!o.stream || !/\b(BT|Tf)\b/.test(o.stream.toString('latin1'))) continue
    const content = o.stream.toString('latin1')
    let font: CMap | undefined
    const token = /\/([A-Za-z0-9_.+-]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\)|\b(ET|Td|TD|T\*)\b/g
    for (let m = token.exec(content); m; m = token.exec(content)) {
      if (m[1]) font = fonts.get(m[1])
      else if (m[2] !== undefined) { const hex = m[2].replace(/\s/g, ''); out += decodeString(hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? [], font) }
      else if (m[3] !== undefined) out += decodeString(decodeLiteral(m[3]), font)
      else out += '\n'
    }
  }
  return out
}
