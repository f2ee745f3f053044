/** 提醒种类 → 订阅消息模板（运营者在公众平台选模板，由 WX_TEMPLATES 配置）。 */
import { reminderKinds, type ReminderKind } from '../../src/domain/reminders/reminderSchemas.ts'
import type { TemplateMapping } from './wechat/templateData.ts'

export type TemplateTable = Partial<Record<ReminderKind | 'default', TemplateMapping>>

/** The kind's own template, else the `default` one, else none (the API refuses such a reminder). */
export function templateForKind(table: TemplateTable, kind: ReminderKind): TemplateMapping | undefined {
  return table[kind] ?? table.default
}

/**
 * The mapping to format a stored reminder with. The template id stored with the reminder wins:
 * credits were granted for that id, even if the operator has since changed the table.
 */
export function mappingForReminder(table: TemplateTable, kind: string, templateId: string): TemplateMapping | undefined {
  const own = table[kind as ReminderKind] ?? table.default
  if (own?.templateId === templateId) return own
  return Object.values(table).find((m) => m?.templateId === templateId)
}

/** requestSubscribeMessage takes at most 3 ids per call on current clients (wechat-platform.md §2.1). */
export const MAX_TEMPLATES_PER_REQUEST = 3

export function templatesByKind(table: TemplateTable): Partial<Record<ReminderKind, string>> {
  const out: Partial<Record<ReminderKind, string>> = {}
  for (const kind of reminderKinds) {
    const m = templateForKind(table, kind)
    if (m) out[kind] = m.templateId
  }
  return out
}

/** Distinct template ids in priority order of the kinds, chunked into request-sized groups. */
export function templateGroups(table: TemplateTable): string[][] {
  const ids = [...new Set(Object.values(templatesByKind(table)))]
  const groups: string[][] = []
  for (let i = 0; i < ids.length; i += MAX_TEMPLATES_PER_REQUEST) groups.push(ids.slice(i, i + MAX_TEMPLATES_PER_REQUEST))
  return groups
}
