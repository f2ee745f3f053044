/**
 * 文书文件（小程序）：写到 wx.env.USER_DATA_PATH/documents/<案件>/ 下，用 openDocument（showMenu: true，
 * 右上角菜单可以转发、保存、用其他应用打开打印），或用 shareFileMessage 直接发到聊天里。documents.md §4:
 * shareFileMessage works only inside a tap, so the file is written synchronously and the share call is
 * made before anything asynchronous happens. No TextEncoder, Blob or URL: the bytes come ready-made.
 * One folder per case, so deleting the case deletes its files (they hold the 案号 and the party's details).
 */
import Taro from '@tarojs/taro'
import type { FileOutcome } from './documentFile.h5'
import { folderOf } from './photoPaths'

export type { FileOutcome } from './documentFile.h5'
export const fileAction: 'open' | 'download' = 'open'
export const canShareFile = true

const FOLDER = 'documents'

const caseFolder = (caseId: string): string => `${wx.env.USER_DATA_PATH}/${FOLDER}/${folderOf(caseId)}`

/** Writes the bytes under USER_DATA_PATH/documents/<case>/ and returns the path (throws when it cannot). */
function writeDocx(bytes: Uint8Array, fileName: string, caseId: string): string {
  const fs = Taro.getFileSystemManager()
  const dir = caseFolder(caseId)
  try { fs.accessSync(dir) } catch { fs.mkdirSync(dir, true) }
  const path = `${dir}/${fileName}`
  // An ArrayBuffer of exactly these bytes (the view may sit inside a larger buffer).
  fs.writeFileSync(path, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return path
}

export function saveAndOpenDocx(bytes: Uint8Array, fileName: string, caseId: string): Promise<FileOutcome> {
  let filePath: string
  try { filePath = writeDocx(bytes, fileName, caseId) } catch { return Promise.resolve({ ok: false, code: 'write_failed' }) }
  return Taro.openDocument({ filePath, fileType: 'docx', showMenu: true }).then(
    (): FileOutcome => ({ ok: true }),
    (): FileOutcome => ({ ok: false, code: 'open_failed' }),
  )
}

/**
 * Call it first thing in the tap handler: wx.shareFileMessage is refused outside a tap. Taro 4.2 does
 * not promisify it (it is not in @tarojs/shared's needPromiseApis), so wx is called with callbacks; the
 * Promise executor runs at once, inside the tap. Base library < 2.16.1 has no shareFileMessage.
 */
export function shareDocxOnTap(bytes: Uint8Array, fileName: string, caseId: string): Promise<FileOutcome> {
  if (typeof wx === 'undefined' || typeof wx.shareFileMessage !== 'function') return Promise.resolve({ ok: false, code: 'unsupported' })
  let filePath: string
  try { filePath = writeDocx(bytes, fileName, caseId) } catch { return Promise.resolve({ ok: false, code: 'write_failed' }) }
  return new Promise<FileOutcome>((resolve) => {
    wx.shareFileMessage({
      filePath,
      fileName,
      success: () => resolve({ ok: true }),
      fail: (e: { errMsg?: string }) => resolve({ ok: false, code: /cancel/.test(String(e?.errMsg)) ? 'share_cancelled' : 'share_failed' }),
    })
  })
}

/** Removes every Word file written for the case (deleting the case). A folder that was never made is fine. */
export function removeCaseDocumentFiles(caseId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().rmdir({
      dirPath: caseFolder(caseId),
      recursive: true,
      success: () => resolve(),
      fail: (e: { errMsg?: string }) => (/no such file or directory/.test(String(e?.errMsg)) ? resolve() : reject(new Error(String(e?.errMsg)))),
    })
  })
}
