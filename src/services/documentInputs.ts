/**
 * 文书从别处得到的两样东西：核对诉讼请求的结果（预填要素式答辩状的「有异议」和理由）和证据清单
 * （答辩状第 20 项「证据清单」）。这是唯一的接缝。
 *
 * INTEGRATION: the claim check (issue 8) is built on another branch. The integrator wires this to
 * `loadClaimFindings(store, record.id, nowMs)` in src/services/claimCheck.ts and to
 * `preparedEvidenceList(store, record.id, nowMs)` in src/services/evidence.ts. Until then there are no
 * findings and no checklist, and the documents leave those items for the user to fill in.
 */
import type { KeyValueStore } from '@/adapters/storage'
import type { ClaimFindings } from '@/domain/claims/findings'
import type { CaseRecord } from '@/storage/caseRecord'

export type EvidenceListRow = { name: string; purpose: string; copies?: number }
export type DocumentInputs = { findings: ClaimFindings | null; evidence: EvidenceListRow[] }

export function loadDocumentInputs(_store: KeyValueStore, _record: CaseRecord, _nowMs: number): DocumentInputs {
  return { findings: null, evidence: [] }
}
