import { parseEntry } from '@/services/entry'

describe('parseEntry (mini-program code scene and link query)', () => {
  test('reads the source and the lender from an encoded scene', () => {
    expect(parseEntry({ scene: encodeURIComponent('s=art0308&l=alipay') })).toEqual({ source: 'art0308', lender: 'alipay' })
  })

  test('reads an unencoded scene the same way', () => {
    expect(parseEntry({ scene: 's=art0308&l=mybank' })).toEqual({ source: 'art0308', lender: 'mybank' })
  })

  test('reads plain query parameters from a link', () => {
    expect(parseEntry({ s: 'wx1', l: 'zhaolian' })).toEqual({ source: 'wx1', lender: 'zhaolian' })
  })

  test('keeps a known source when the lender key is unknown', () => {
    expect(parseEntry({ scene: 's=art0308&l=nosuch' })).toEqual({ source: 'art0308' })
  })

  test('does not let a link pre-select the free-text “other” lender', () => {
    expect(parseEntry({ l: 'other' })).toBeNull()
  })

  test.each([
    ['a truncated percent-encoding', '%E4%B8'],
    ['a scene longer than 32 characters', 's=art0308&l=alipay&x=0123456789abcdef'],
    ['a scene without pairs', 'hello'],
    ['a source with characters outside the allowed set', 's=<script>'],
    ['an empty scene', '']
  ])('returns null for %s so the app starts normally', (_name, scene) => {
    expect(parseEntry({ scene })).toBeNull()
  })

  test('falls back to the query parameters when the scene is malformed', () => {
    expect(parseEntry({ scene: '%E4%B8', s: 'art1' })).toEqual({ source: 'art1' })
  })

  test('returns null when there are no parameters at all', () => {
    expect(parseEntry({})).toBeNull()
  })
})
