/**
 * 案件列表的读写：带版本的信封 {version, cases}，读时逐条校验，旧版本逐级迁移，
 * 读不出来的记录移到隔离区并计数报告给界面，绝不悄悄丢掉。
 */
import type { KeyValueStore } from '@/adapters/storage'
import { parseCaseFacts } from '@/domain/deadlines'
import { CURRENT_VERSION, casesKey, caseRecordSchema, type CaseRecord } from './caseRecord'
import { migrateV1Record, type MigrationResult } from './legacyV1'
import { addToQuarantine, readQuarantine, type QuarantineEntry } from './quarantine'

/** 第 n 版的一条记录 → 第 n+1 版。新增版本时在这里加一步，并保留旧键名。 */
const migrations: Record<number, (raw: unknown) => MigrationResult> = { 1: migrateV1Record }

export type LoadCasesResult = {
  cases: CaseRecord[]
  /** 隔离区里共有多少条记录（包括以前隔离的）；大于 0 时首页要提示。 */
  quarantined: number
}

const isEnvelope = (raw: unknown, version: number): raw is { version: number; cases: unknown[] } =>
  typeof raw === 'object' && raw !== null && (raw as { version?: unknown }).version === version && Array.isArray((raw as { cases?: unknown }).cases)

/** 形状对了还要日期真实存在（2 月 30 日这类），否则期限引擎算不了。 */
function validateRecord(raw: unknown): { ok: true; value: CaseRecord } | { ok: false; reason: string } {
  const parsed = caseRecordSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, reason: `shape:${parsed.error.issues[0]?.path.join('.') ?? ''}` }
  const facts = parseCaseFacts({ ...parsed.data.facts, procedure: 'ordinary' })
  if (!facts.ok) return { ok: false, reason: `facts:${facts.issues.map((i) => `${i.field}/${i.code}`).join(',')}` }
  return { ok: true, value: parsed.data }
}

function findStoredVersion(store: KeyValueStore): { version: number; raw: unknown } | null {
  for (let version = CURRENT_VERSION; version >= 1; version--) {
    const raw = store.get(casesKey(version))
    if (raw !== undefined) return { version, raw }
  }
  return null
}

/** 读出全部案件；需要迁移或隔离时顺便把干净的数据写回当前版本的键。 */
export function loadCases(store: KeyValueStore, nowMs: number): LoadCasesResult {
  const found = findStoredVersion(store)
  if (!found) return { cases: [], quarantined: readQuarantine(store).length }
  const from = casesKey(found.version)
  const bad: QuarantineEntry[] = []
  // 隔离时保存用户原来存的那一版（original），而不是迁移到一半的样子。
  let records: { original: unknown; current: unknown }[] = []
  if (isEnvelope(found.raw, found.version)) records = found.raw.cases.map((raw) => ({ original: raw, current: raw }))
  else bad.push({ at: nowMs, from, reason: 'envelope', raw: found.raw })

  for (let version = found.version; version < CURRENT_VERSION; version++) {
    const next: typeof records = []
    for (const record of records) {
      const migrated = migrations[version](record.current)
      if (migrated.ok) next.push({ original: record.original, current: migrated.value })
      else bad.push({ at: nowMs, from, reason: migrated.reason, raw: record.original })
    }
    records = next
  }

  const cases: CaseRecord[] = []
  for (const record of records) {
    const checked = validateRecord(record.current)
    if (checked.ok) cases.push(checked.value)
    else bad.push({ at: nowMs, from, reason: checked.reason, raw: record.original })
  }

  if (bad.length > 0 || found.version !== CURRENT_VERSION) {
    addToQuarantine(store, bad)
    writeCases(store, cases)
    if (found.version !== CURRENT_VERSION) store.remove(from)
  }
  return { cases, quarantined: readQuarantine(store).length }
}

function writeCases(store: KeyValueStore, cases: CaseRecord[]): void {
  store.set(casesKey(CURRENT_VERSION), { version: CURRENT_VERSION, cases })
}

/** 新建或更新一个案件（按 id）。 */
export function saveCase(store: KeyValueStore, record: CaseRecord, nowMs: number): void {
  const checked = validateRecord(record)
  // 服务层应该只交来校验过的记录；走到这里是程序错误。
  if (!checked.ok) throw new TypeError(`refusing to save an invalid case: ${checked.reason}`)
  const { cases } = loadCases(store, nowMs)
  const index = cases.findIndex((c) => c.id === record.id)
  if (index >= 0) cases[index] = checked.value
  else cases.push(checked.value)
  writeCases(store, cases)
}

/** 删除一个案件；不存在时什么也不做。 */
export function deleteCase(store: KeyValueStore, id: string, nowMs: number): void {
  const { cases } = loadCases(store, nowMs)
  const rest = cases.filter((c) => c.id !== id)
  if (rest.length !== cases.length) writeCases(store, rest)
}
