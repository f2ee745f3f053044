/**
 * 证据照片（浏览器版）：系统的文件选择框（手机上可以拍照或从相册选），照片存进本站的 IndexedDB，
 * 不上传。localStorage 只有几 MB，放不下照片，所以不用它。
 */
import type { PhotoFiles, PickedPhoto, PickOutcome, SaveOutcome } from './photoFiles'

const DB_NAME = 'yingsu-evidence'
const STORE = 'photos'

type Row = { key: string; caseId: string; file: string; blob: Blob }

let opening: Promise<IDBDatabase> | null = null

function openDb(): Promise<IDBDatabase> {
  if (!opening) {
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'))
      const req = indexedDB.open(DB_NAME, 1)
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore(STORE, { keyPath: 'key' })
        store.createIndex('caseId', 'caseId', { unique: false })
      }
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    }).catch((e) => {
      opening = null
      throw e
    })
  }
  return opening
}

/** Runs one request in its own transaction and waits for the transaction to finish. */
async function run<T>(mode: IDBTransactionMode, make: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await openDb()
  return new Promise<T | undefined>((resolve, reject) => {
    const tx = db.transaction(STORE, mode)
    const req = make(tx.objectStore(STORE))
    let value: T | undefined
    if (req) req.onsuccess = () => { value = req.result }
    tx.oncomplete = () => resolve(value)
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error)
  })
}

const keyOf = (caseId: string, file: string): string => `${caseId}\u0000${file}`

const EXT_BY_TYPE: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/webp': '.webp', 'image/gif': '.gif', 'image/heic': '.heic' }

function extOf(file: File): string {
  const known = EXT_BY_TYPE[file.type]
  if (known) return known
  const m = /\.([A-Za-z0-9]{1,5})$/.exec(file.name)
  return m ? `.${m[1].toLowerCase()}` : '.jpg'
}

export const platformPhotoFiles: PhotoFiles = {
  pick(max: number): Promise<PickOutcome> {
    if (typeof document === 'undefined') return Promise.resolve({ ok: false, code: 'failed' })
    return new Promise<PickOutcome>((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = 'image/*'
      input.multiple = max > 1
      input.style.display = 'none'
      let done = false
      const finish = (outcome: PickOutcome) => {
        if (done) return
        done = true
        input.remove()
        resolve(outcome)
      }
      input.addEventListener('change', () => {
        const files = [...(input.files ?? [])].slice(0, max)
        finish(files.length === 0 ? { ok: false, code: 'cancelled' } : { ok: true, photos: files.map((f): PickedPhoto => ({ source: f, bytes: f.size, ext: extOf(f) })) })
      })
      input.addEventListener('cancel', () => finish({ ok: false, code: 'cancelled' }))
      // Browsers without the 'cancel' event: the page gets focus back when the dialog closes.
      const onFocus = () => {
        window.removeEventListener('focus', onFocus)
        setTimeout(() => finish({ ok: false, code: 'cancelled' }), 1_500)
      }
      window.addEventListener('focus', onFocus)
      document.body.appendChild(input)
      // Must run inside the user's tap: browsers open a file dialog only for a gesture.
      input.click()
    })
  },

  async save(caseId: string, file: string, photo: PickedPhoto): Promise<SaveOutcome> {
    if (typeof photo.source === 'string') return { ok: false, code: 'write_failed' }
    try {
      const row: Row = { key: keyOf(caseId, file), caseId, file, blob: photo.source }
      await run('readwrite', (store) => store.put(row))
      return { ok: true }
    } catch (e) {
      return { ok: false, code: (e as { name?: string })?.name === 'QuotaExceededError' ? 'no_space' : 'write_failed' }
    }
  },

  async url(caseId: string, file: string): Promise<string | null> {
    try {
      const row = await run<Row | undefined>('readonly', (store) => store.get(keyOf(caseId, file)) as IDBRequest<Row | undefined>)
      return row ? URL.createObjectURL(row.blob) : null
    } catch {
      return null
    }
  },

  release(url: string): void {
    if (url.startsWith('blob:')) URL.revokeObjectURL(url)
  },

  async remove(caseId: string, file: string): Promise<void> {
    await run('readwrite', (store) => store.delete(keyOf(caseId, file))).catch(() => undefined)
  },

  async removeCase(caseId: string): Promise<void> {
    const keys = await run<IDBValidKey[]>('readonly', (store) => store.index('caseId').getAllKeys(IDBKeyRange.only(caseId))).catch(() => undefined)
    if (!keys || keys.length === 0) return
    await run('readwrite', (store) => { for (const key of keys) store.delete(key) }).catch(() => undefined)
  },

  async caseIds(): Promise<string[]> {
    const ids: string[] = []
    // A key cursor over the index: the case ids without loading a single photo.
    await run('readonly', (store) => {
      const req = store.index('caseId').openKeyCursor(null, 'nextunique')
      req.onsuccess = () => {
        const cursor = req.result
        if (!cursor) return
        ids.push(String(cursor.key))
        cursor.continue()
      }
    }).catch(() => undefined)
    return ids
  },

  preview(): boolean {
    return false
  },
}
