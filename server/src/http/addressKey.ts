/**
 * The key per-address limits count under. An IPv6 user typically holds a whole /64 (SLAAC,
 * privacy addresses rotate inside it), so one address per request would give one person 2^64
 * allowances: IPv6 addresses are grouped by their /64. IPv4 (and IPv4-mapped IPv6) stay whole.
 */
import { isIPv4, isIPv6 } from 'node:net'

/**
 * @example addressKey('2001:db8:1:2:aaaa::1') // '2001:db8:1:2::/64'
 * @example addressKey('::ffff:198.51.100.7') // '198.51.100.7'
 */
export function addressKey(ip: string): string {
  const bare = ip.split('%')[0]!
  if (isIPv4(bare) || !isIPv6(bare)) return bare
  const groups = expandIPv6(bare)
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.')
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`
}

/** Eight 16-bit groups of a valid IPv6 address ('::' expanded, a trailing dotted IPv4 converted). */
function expandIPv6(ip: string): number[] {
  let text = ip.toLowerCase()
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number]
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = text.includes('::') ? text.split('::') as [string, string] : [text, undefined]
  const parse = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)))
  const left = parse(head)
  if (tail === undefined) return left
  const right = parse(tail)
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right]
}
