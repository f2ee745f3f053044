import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pino } from 'pino'
import { loggerOptions } from '../src/logger.ts'

describe('loggerOptions', () => {
  it('redacts the openid, the session token and the AppSecret wherever the code puts them', () => {
    const lines: string[] = []
    const log = pino(loggerOptions('info'), { write: (s: string) => { lines.push(s) } })
    log.info({ openid: 'o-top-openid', token: 'tok-top', secret: 'sec-top' }, 'top level')
    log.info({ user: { openid: 'o-nested-openid' }, send: { touser: 'o-touser' }, wechat: { secret: 'sec-nested' }, session: { token: 'tok-nested' } }, 'nested')
    log.info({ req: { headers: { authorization: 'Bearer tok-header' } } }, 'request')
    const out = lines.join('')
    assert.equal(lines.length, 3)
    for (const leaked of ['o-top-openid', 'tok-top', 'sec-top', 'o-nested-openid', 'o-touser', 'sec-nested', 'tok-nested', 'tok-header']) {
      assert.ok(!out.includes(leaked), leaked)
    }
    assert.match(out, /\[redacted\]/)
  })
})
