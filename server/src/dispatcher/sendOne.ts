/** Formats and sends one claimed reminder; every failure comes back as a SendOutcome value. */
import type { TemplateTable } from '../templates.ts'
import { mappingForReminder } from '../templates.ts'
import { formatTemplateData } from '../wechat/templateData.ts'
import type { SendOutcome, WechatClient } from '../wechat/types.ts'
import type { ClaimedReminder } from './claim.ts'
import { valuesAtSendTime } from './sendTimeValues.ts'

/** errcode we record when our own formatting refused the data (never sent to WeChat). */
export const LOCAL_FORMAT_ERRCODE = 47003

export async function sendReminder(
  r: ClaimedReminder,
  deps: { wechat: WechatClient; templates: TemplateTable; miniprogramState: 'developer' | 'trial' | 'formal'; now: () => number },
): Promise<SendOutcome> {
  const mapping = mappingForReminder(deps.templates, r.kind, r.templateId)
  if (!mapping) {
    return { kind: 'rejected', errcode: 40037, errmsg: `template ${r.templateId} is no longer configured` }
  }
  const formatted = formatTemplateData(mapping, valuesAtSendTime(r.kind, r.values, deps.now()))
  if (!formatted.ok) {
    return { kind: 'rejected', errcode: LOCAL_FORMAT_ERRCODE, errmsg: `local format check: ${formatted.keyword}: ${formatted.reason}` }
  }
  // The reminder's own page (its case) wins; the operator's template page is the fallback for old clients.
  const page = r.page ?? mapping.page
  try {
    return await deps.wechat.sendSubscribeMessage({
      touser: r.openid,
      templateId: r.templateId,
      ...(page ? { page } : {}),
      data: formatted.data,
      miniprogramState: deps.miniprogramState,
      lang: 'zh_CN',
    })
  } catch (err) {
    // The client returns values; a throw here is unexpected, but a lost reminder is worse than a retry.
    return { kind: 'retryable', errmsg: `client threw: ${(err as Error).message}` }
  }
}
