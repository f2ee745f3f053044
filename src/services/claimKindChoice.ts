/** 用户改案由：存在案件记录上（claimKind）；选“按原告推断”时去掉，回到推断。 */
import type { KeyValueStore } from '@/adapters/storage'
import type { ClaimKind } from '@/domain/claims/claimKind'
import { saveCase } from '@/storage/caseStore'
import { findCase } from './cases'

export function chooseClaimKind(store: KeyValueStore, caseId: string, kind: ClaimKind | null, nowMs: number): boolean {
  const record = findCase(store, caseId, nowMs)
  if (!record) return false
  const { claimKind: _old, ...rest } = record
  saveCase(store, kind ? { ...rest, claimKind: kind, updatedAt: nowMs } : { ...rest, updatedAt: nowMs }, nowMs)
  return true
}
