/**
 * 最小的 zip 写入器（只“存储”，不压缩）：.docx 就是一个 zip 包。PKWARE APPNOTE 6.3.x：每个文件一个
 * local file header + 数据，最后是 central directory 和 end of central directory record。
 * Stored (method 0) rather than deflated: Word, WPS and every zip reader open it, and the writer
 * stays about 1 KB instead of fflate's 9 KB (bench/docx.ts prints both and the file sizes).
 * Times are fixed at 1980-01-01 00:00 so the same document always gives the same bytes.
 */
import { crc32 } from './crc32'
import { encodeUtf8 } from './utf8'

export type ZipEntry = { path: string; data: Uint8Array }

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1
/** Bit 11: names are UTF-8. */
const FLAG_UTF8 = 0x0800

class ByteWriter {
  private chunks: Uint8Array[] = []
  length = 0
  u16(v: number) { this.bytes(new Uint8Array([v & 0xff, (v >>> 8) & 0xff])) }
  u32(v: number) { this.bytes(new Uint8Array([v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff])) }
  bytes(b: Uint8Array) { this.chunks.push(b); this.length += b.length }
  result(): Uint8Array {
    const out = new Uint8Array(this.length)
    let at = 0
    for (const c of this.chunks) { out.set(c, at); at += c.length }
    return out
  }
}

/**
 * Packs files into a zip archive, stored without compression, in the given order.
 * @example zipStore([{ path: 'a.txt', data: encodeUtf8('hi') }]).length // 114
 */
export function zipStore(entries: readonly ZipEntry[]): Uint8Array {
  const w = new ByteWriter()
  const central = new ByteWriter()
  for (const entry of entries) {
    const name = encodeUtf8(entry.path)
    const crc = crc32(entry.data)
    const offset = w.length
    const header = (sig: number, isCentral: boolean) => {
      const h = isCentral ? central : w
      h.u32(sig)
      if (isCentral) h.u16(20) // version made by: 2.0
      h.u16(20) // version needed to extract: 2.0
      h.u16(FLAG_UTF8)
      h.u16(0) // method: stored
      h.u16(0) // time 00:00
      h.u16(DOS_DATE_1980_01_01)
      h.u32(crc)
      h.u32(entry.data.length)
      h.u32(entry.data.length)
      h.u16(name.length)
      h.u16(0) // extra field length
      if (isCentral) { h.u16(0); h.u16(0); h.u16(0); h.u32(0); h.u32(offset) } // comment, disk, internal attr, external attr, offset
      h.bytes(name)
    }
    header(0x04034b50, false)
    w.bytes(entry.data)
    header(0x02014b50, true)
  }
  const centralOffset = w.length
  const centralBytes = central.result()
  w.bytes(centralBytes)
  w.u32(0x06054b50)
  w.u16(0); w.u16(0) // this disk, disk with the central directory
  w.u16(entries.length); w.u16(entries.length)
  w.u32(centralBytes.length)
  w.u32(centralOffset)
  w.u16(0) // comment length
  return w.result()
}
