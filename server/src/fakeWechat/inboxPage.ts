/** The HTML page at /__fake/inbox: what the stand-in "delivered", newest first, readable at a glance. */
import type { FakeWechatState } from './state.ts'

const SHOWN = 200

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** Beijing time regardless of the machine's zone, like everything else in this project. */
function beijing(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')
}

export function renderInboxPage(s: FakeWechatState): string {
  const rows = s.inbox.slice(-SHOWN).reverse().map((m) => `
    <article>
      <h2>${escapeHtml(m.templateTitle)}</h2>
      <dl>${Object.entries(m.data).map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v.value)}</dd>`).join('')}</dl>
      <p class="meta">送达时间 ${beijing(m.deliveredAt)}（北京时间）· 用户 ${escapeHtml(m.openid)} · 跳转页面 ${escapeHtml(m.page ?? '无')}
        · 版本 ${escapeHtml(m.miniprogramState)} · 消息编号 ${escapeHtml(m.msgid)}</p>
    </article>`).join('')
  const credits = s.listCredits().filter((c) => c.credits > 0)
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>模拟微信 · 服务通知收件箱</title>
<style>
  body { font: 15px/1.6 system-ui, sans-serif; max-width: 760px; margin: 2em auto; padding: 0 1em; color: #222 }
  article { border: 1px solid #ddd; border-radius: 8px; padding: .6em 1em; margin: .8em 0 }
  h2 { font-size: 1.05em; margin: .2em 0 } dl { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: .4em 0 }
  dt { color: #888 } dd { margin: 0 } .meta { color: #888; font-size: .85em; margin: .3em 0 }
</style></head><body>
<h1>服务通知收件箱（本地模拟，非真实微信）</h1>
<p>共送达 ${s.inbox.length} 条，显示最近 ${Math.min(SHOWN, s.inbox.length)} 条。剩余订阅额度：${credits.length === 0 ? '无'
    : credits.map((c) => `${escapeHtml(c.openid)} / ${escapeHtml(c.templateId)}：${c.credits} 次`).join('；')}</p>
${rows || '<p>还没有送达任何消息。</p>'}
</body></html>`
}
