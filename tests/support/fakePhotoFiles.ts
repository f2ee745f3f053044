/**
 * An in-memory PhotoFiles for tests: `nextPick` is what the chooser returns, `files` maps
 * 'caseId/file' to bytes, and the fail switches make the next calls fail.
 */
import type { PhotoFiles, PickedPhoto, PickOutcome } from '@/adapters/photoFiles'

export type FakePhotoFiles = PhotoFiles & {
  files: Map<string, number>
  picks: number
  nextPick: PickOutcome
  failSave: 'no_space' | 'write_failed' | null
  failRemoveCase: boolean
}

export const fakePhoto = (bytes: number, ext = '.jpg'): PickedPhoto => ({ source: `wxfile://tmp/${bytes}${ext}`, bytes, ext })

export function createFakePhotoFiles(): FakePhotoFiles {
  const fake: FakePhotoFiles = {
    files: new Map(),
    picks: 0,
    nextPick: { ok: false, code: 'cancelled' },
    failSave: null,
    failRemoveCase: false,
    pick: () => { fake.picks++; return Promise.resolve(fake.nextPick) },
    save: (caseId, file, photo) => {
      if (fake.failSave) return Promise.resolve({ ok: false, code: fake.failSave })
      fake.files.set(`${caseId}/${file}`, photo.bytes)
      return Promise.resolve({ ok: true })
    },
    url: (caseId, file) => Promise.resolve(fake.files.has(`${caseId}/${file}`) ? `blob:fake/${caseId}/${file}` : null),
    release: () => undefined,
    remove: (caseId, file) => { fake.files.delete(`${caseId}/${file}`); return Promise.resolve() },
    removeCase: (caseId) => {
      if (fake.failRemoveCase) return Promise.reject(new Error('fs error'))
      for (const key of [...fake.files.keys()]) if (key.startsWith(`${caseId}/`)) fake.files.delete(key)
      return Promise.resolve()
    },
    caseIds: () => Promise.resolve([...new Set([...fake.files.keys()].map((k) => k.split('/')[0]))]),
    preview: () => false,
  }
  return fake
}
