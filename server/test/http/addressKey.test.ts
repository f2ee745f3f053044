import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addressKey } from '../../src/http/addressKey.ts'

describe('addressKey', () => {
  it('keeps an IPv4 address whole', () => {
    assert.equal(addressKey('198.51.100.7'), '198.51.100.7')
  })

  it('groups IPv6 addresses by their /64, whatever their spelling', () => {
    assert.equal(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd'), '2001:db8:1:2::/64')
    assert.equal(addressKey('2001:0DB8:0001:0002::1'), '2001:db8:1:2::/64')
    assert.equal(addressKey('2001:db8::1'), '2001:db8:0:0::/64')
    assert.notEqual(addressKey('2001:db8:1:3::1'), addressKey('2001:db8:1:2::1'))
    assert.equal(addressKey('fe80::1%eth0'), 'fe80:0:0:0::/64')
  })

  it('treats an IPv4-mapped IPv6 address as the IPv4 address it is', () => {
    assert.equal(addressKey('::ffff:198.51.100.7'), '198.51.100.7')
  })
})
