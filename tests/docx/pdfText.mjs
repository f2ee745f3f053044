/**
 * The text of a PDF, for checking what LibreOffice printed when poppler's pdftotext is not installed. It reads
 * the PDF the way a viewer does for copy-and-paste: every content stream (inflated with node:zlib), the font
 * selected by `Tf`, the strings shown by `Tj` / `TJ` / `'` / `"`, and each font's /ToUnicode CMap to turn glyph
 * codes back into characters. Enough for the PDFs LibreOffice writes (Type0 / Identity-H and simple TrueType
 * fonts, both with ToUnicode); not a general PDF parser. A text object (BT … ET) and each line move start a new
 * line, so callers should compare with whitespace removed.
 */
import { inflateSync } from 'node:zlib'

/** Every `n 0 obj … endobj`: its dictionary text and its stream bytes (inflated when FlateDecode). */
function readObjects(pdf) {
  const text = pdf.toString('latin1')
  const objects = new Map()
  const re = /(\d+)\s+0\s+obj\b/g
  let match
  while ((match = re.exec(text))) {
    const start = match.index + match[0].length
    const end = text.indexOf('endobj', start)
    if (end < 0) break
    const body = text.slice(start, end)
    const streamAt = body.search(/stream\r?\n/)
    let dict = body
    let data = null
    if (streamAt >= 0) {
      dict = body.slice(0, streamAt)
      const dataStart = start + streamAt + body.slice(streamAt).match(/stream\r?\n/)[0].length
      const lengthRef = /\/Length\s+(\d+)(\s+0\s+R)?/.exec(dict)
      let length = lengthRef ? Number(lengthRef[1]) : -1
      if (lengthRef?.[2]) length = -1 // indirect length: find endstream instead
      const raw = length >= 0 ? pdf.subarray(dataStart, dataStart + length) : pdf.subarray(dataStart, text.indexOf('endstream', dataStart))
      data = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw
    }
    objects.set(Number(match[1]), { dict, data })
    re.lastIndex = end
  }
  return objects
}

const ref = (dict, key) => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict)
  return m ? Number(m[1]) : null
}

/** A /ToUnicode CMap → { bytes per code, code → text }. */
function readCMap(source) {
  const map = new Map()
  let width = 1
  const hexText = (hex) => {
    const bytes = Buffer.from(hex.replace(/\s+/g, ''), 'hex')
    let s = ''
    for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes.readUInt16BE(i))
    return s
  }
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      width = src.length / 2
      map.set(parseInt(src, 16), hexText(dst))
    }
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, rest] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)/g)) {
      width = lo.length / 2
      const from = parseInt(lo, 16)
      const to = parseInt(hi, 16)
      if (rest.startsWith('[')) {
        const targets = [...rest.matchAll(/<([0-9A-Fa-f]+)>/g)].map((t) => hexText(t[1]))
        for (let c = from; c <= to; c++) map.set(c, targets[c - from] ?? '')
      } else {
        const base = hexText(rest.slice(1, -1))
        for (let c = from; c <= to; c++) map.set(c, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + (c - from)))
      }
    }
  }
  return { width, map }
}

/** The bytes of a PDF string token: <hex> or (literal with escapes). */
function stringBytes(token) {
  if (token.startsWith('<')) return Buffer.from(token.slice(1, -1).replace(/\s+/g, ''), 'hex')
  const out = []
  const s = token.slice(1, -1)
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c !== '\\') { out.push(c.charCodeAt(0) & 0xff); continue }
    const n = s[++i]
    const simple = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 }
    if (n in simple) out.push(simple[n])
    else if (/[0-7]/.test(n)) {
      let oct = n
      while (oct.length < 3 && /[0-7]/.test(s[i + 1])) oct += s[++i]
      out.push(parseInt(oct, 8))
    }
  }
  return Buffer.from(out)
}

function decode(bytes, cmap) {
  if (!cmap) return bytes.toString('latin1')
  let s = ''
  for (let i = 0; i + cmap.width <= bytes.length; i += cmap.width) s += cmap.map.get(bytes.readUIntBE(i, cmap.width)) ?? ''
  return s
}

const TOKEN = /<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|\/[^\s/[\]()<>]+|[A-Za-z'"*]+|-?\d*\.?\d+/g

/** Text of one content stream, with `fonts` (resource name → cmap). */
function streamText(content, fonts) {
  let font = null
  let out = ''
  const operands = []
  for (const [token] of content.toString('latin1').matchAll(TOKEN)) {
    if (/^[A-Za-z'"*]+$/.test(token) && token !== 'R') {
      if (token === 'Tf') font = fonts.get(String(operands[operands.length - 2]).slice(1)) ?? null
      else if (token === 'Tj' || token === "'" || token === '"') out += decode(stringBytes(String(operands[operands.length - 1])), font)
      else if (token === 'TJ') out += operands.filter((o) => typeof o === 'string' && /^[<(]/.test(o)).map((o) => decode(stringBytes(o), font)).join('')
      else if (token === 'ET' || token === 'Td' || token === 'TD' || token === 'T*') out += '\n'
      operands.length = 0
    } else operands.push(token)
  }
  return out
}

/**
 * The text of every page, in page order.
 * @example pdfText(readFileSync('appeal.pdf')) // '民事上诉状\n上诉人（原审被告）：张三…'
 */
export function pdfText(pdf) {
  const objects = readObjects(pdf)
  const cmapOf = new Map()
  const fontsOf = (resourcesDict) => {
    const fonts = new Map()
    const inline = /\/Font\s*<<([\s\S]*?)>>/.exec(resourcesDict)
    const fontRef = ref(resourcesDict, 'Font')
    const fontDict = inline ? inline[1] : fontRef !== null ? objects.get(fontRef)?.dict ?? '' : ''
    for (const [, name, num] of fontDict.matchAll(/\/([^\s/]+)\s+(\d+)\s+0\s+R/g)) {
      const fontObj = objects.get(Number(num))
      const toUnicode = fontObj ? ref(fontObj.dict, 'ToUnicode') : null
      if (toUnicode === null) continue
      if (!cmapOf.has(toUnicode)) cmapOf.set(toUnicode, readCMap(objects.get(toUnicode)?.data?.toString('latin1') ?? ''))
      fonts.set(name, cmapOf.get(toUnicode))
    }
    return fonts
  }
  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page\b/.test(o.dict))
  const texts = []
  for (const page of pages) {
    const resRef = ref(page.dict, 'Resources')
    const resources = resRef !== null ? objects.get(resRef)?.dict ?? '' : (/\/Resources\s*<<([\s\S]*)>>/.exec(page.dict)?.[1] ?? '')
    const fonts = fontsOf(resources)
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1] ?? /\/Contents\s+(\d+\s+0\s+R)/.exec(page.dict)?.[1] ?? ''
    for (const [, num] of contents.matchAll(/(\d+)\s+0\s+R/g)) texts.push(streamText(objects.get(Number(num))?.data ?? Buffer.alloc(0), fonts))
  }
  return texts.join('\n')
}
