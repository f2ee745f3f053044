/**
 * 文书从别处得到的两样东西：核对诉讼请求的结果（预填要素式答辩状的「有异议」和理由）和证据清单
 * （答辩状「证据清单」一项）。这是文书与“准备应诉”之间唯一的接缝。
 */
import type { KeyValueStore } from '@/adapters/storage'
import type { ClaimFindings } from '@/domain/claims/findings'
import type { CaseRecord } from '@/storage/caseRecord'
import { loadClaimFindings } from './claimCheck'
import { preparedEvidenceList } from './evidence'

export type EvidenceListRow = { name: string; purpose: string; copies?: number }
export type DocumentInputs = { findings: ClaimFindings | null; evidence: EvidenceListRow[] }

/** The case's claim-check findings (null when none was entered) and the evidence marked 已准备. */
export function loadDocumentInputs(store: KeyValueStore, record: CaseRecord, nowMs: number): DocumentInputs {
  return { findings: loadClaimFindings(store, record.id, nowMs), evidence: preparedEvidenceList(store, record.id, nowMs) }
}
