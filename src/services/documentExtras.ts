/**
 * 庭审提纲和催收三份文书从别处算出的值：提纲的表格（答辩状、证据清单…）、记录表的行、函和投诉书引用记录的那句话，
 * 以及函和投诉书的默认选项（按记录预选联系过的人和行为）。文书用例（documents.ts）只通过这里拿到它们。
 */
import type { KeyValueStore } from '@/adapters/storage'
import type { ConductCode } from '@/domain/collection/conduct'
import { suggestedConduct } from '@/domain/collection/summary'
import type { DocKind } from '@/domain/documents/docKinds'
import type { DraftFields, Fields } from '@/domain/documents/draftFields'
import { documentDate } from '@/domain/documents/format'
import { collectionRecordLine, collectionRecordRows } from '@/domain/documents/templates/collectionRecordRows'
import type { CaseRecord } from '@/storage/caseRecord'
import { loadCollectionView } from './collection'
import { loadHearingOutline, outlineFields } from './hearingOutline'

export type DocumentExtra = { defaults: DraftFields; fields: Fields }

const none = (): DocumentExtra => ({ defaults: { fields: {}, choices: {} }, fields: {} })

/** Who to ask the regulator to act: the national financial regulator supervises banks and consumer-finance companies [S]. */
export const DEFAULT_AUTHORITY = '国家金融监督管理总局'
export const DEFAULT_CONTACT_HOURS = '工作日9时至18时'

export function documentExtras(store: KeyValueStore, record: CaseRecord, kind: DocKind, nowMs: number, today: string): DocumentExtra {
  if (kind === 'hearing_outline') return { ...none(), fields: outlineFields(record, loadHearingOutline(store, record, nowMs, today)) }
  if (kind !== 'collection_record' && kind !== 'collection_letter' && kind !== 'collection_complaint') return none()
  const view = loadCollectionView(store, record.id, nowMs, today)
  const { summary } = view
  if (kind === 'collection_record') {
    const rows = collectionRecordRows(view.entries.map((e) => ({ entry: e.entry, photos: e.stored.photos.length })))
    const period = summary.firstOn && summary.lastOn ? (summary.firstOn === summary.lastOn ? documentDate(summary.firstOn) : `${documentDate(summary.firstOn)}至${documentDate(summary.lastOn)}`) : undefined
    return { ...none(), fields: { entryRows: rows, ...(summary.count > 0 ? { entryCount: summary.count } : {}), ...(period ? { period } : {}) } }
  }
  const conduct = suggestedConduct(summary).filter((c): c is Exclude<ConductCode, 'third_party_contact'> => c !== 'third_party_contact')
  const line = collectionRecordLine(summary, kind === 'collection_letter' ? 'letter' : 'complaint')
  const choices = { thirdParties: [...summary.thirdParties], conduct }
  if (kind === 'collection_letter') {
    return { defaults: { fields: { contactHours: DEFAULT_CONTACT_HOURS }, choices: { ...choices, channels: ['mail'] } }, fields: line ? { recordLine: line } : {} }
  }
  return {
    defaults: { fields: { authority: DEFAULT_AUTHORITY }, choices },
    fields: { ...(line ? { recordLine: line } : {}), ...(summary.count > 0 ? { entryCount: summary.count } : {}), ...(summary.photoCount > 0 ? { photoCount: summary.photoCount } : {}) },
  }
}
