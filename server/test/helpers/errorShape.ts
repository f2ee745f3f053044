/** The one error shape (src/http/errors.ts): `{ error: { code, message, issues? } }` and nothing else. */
import assert from 'node:assert/strict'

export function assertErrorShape(text: string, where: string): { code: string; message: string } {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    assert.fail(`${where}: error body is not JSON: ${text.slice(0, 120)}`)
  }
  assert.deepEqual(Object.keys(body as object), ['error'], `${where}: only an "error" key: ${text.slice(0, 200)}`)
  const e = (body as { error: Record<string, unknown> }).error
  assert.ok(Object.keys(e).every((k) => ['code', 'message', 'issues'].includes(k)), `${where}: unexpected keys ${Object.keys(e)}`)
  assert.match(String(e.code), /^[a-z][a-z_]*$/, `${where}: code`)
  assert.equal(typeof e.message, 'string', `${where}: message`)
  if (e.issues !== undefined) {
    assert.ok(Array.isArray(e.issues), `${where}: issues is an array`)
    for (const i of e.issues as Record<string, unknown>[]) {
      assert.deepEqual(Object.keys(i).sort(), ['code', 'message', 'path'], `${where}: issue keys`)
    }
  }
  return { code: e.code as string, message: e.message as string }
}
