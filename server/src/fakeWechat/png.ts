/**
 * A minimal PNG encoder (8-bit greyscale, one IDAT) so the stand-in can answer
 * getwxacodeunlimit with a real, decodable image without any dependency.
 */
import { deflateSync } from 'node:zlib'

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'latin1')
  out.set(data, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}

/** Encodes `pixels` (row-major, one byte of grey per pixel, 0 = black) as a PNG file. */
export function encodeGreyPng(width: number, height: number, pixels: Uint8Array): Buffer {
  if (pixels.length !== width * height) throw new Error('pixel count does not match width × height')
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 0 // colour type: greyscale
  const raw = Buffer.alloc(height * (width + 1))
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0 // filter: none
    raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1)
  }
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))])
}

/**
 * A QR-looking (not scannable) square: three finder patterns plus modules derived from the
 * scene and page, so different scenes give visibly different images.
 */
export function fakeCodePng(scene: string, page: string, width: number): Buffer {
  const modules = 29
  const scale = Math.max(1, Math.floor(width / modules))
  const size = modules * scale
  let h = 2166136261
  for (const ch of `${page}\u0000${scene}`) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0
  const dark = (x: number, y: number): boolean => {
    for (const [fx, fy] of [[0, 0], [modules - 7, 0], [0, modules - 7]] as const) {
      const dx = x - fx, dy = y - fy
      if (dx >= 0 && dx < 7 && dy >= 0 && dy < 7) return Math.max(Math.abs(dx - 3), Math.abs(dy - 3)) !== 2
    }
    const v = Math.imul(h ^ (x * 73856093) ^ (y * 19349663), 2654435761) >>> 0
    return (v >>> 13) % 2 === 0
  }
  const pixels = new Uint8Array(size * size)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) pixels[y * size + x] = dark(Math.floor(x / scale), Math.floor(y / scale)) ? 0 : 255
  }
  return encodeGreyPng(size, size, pixels)
}
