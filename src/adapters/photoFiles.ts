/**
 * 证据照片的存取：只存在手机上，从不上传。小程序：wx.chooseMedia 选取或拍摄，存进本小程序自己的文件目录
 * （USER_DATA_PATH/evidence/<案件>/，photoPlatform.weapp.ts）；浏览器版：文件选择框，存进 IndexedDB
 * （photoPlatform.h5.ts）。页面和服务只通过这里调用；测试换成内存版。
 */
import { platformPhotoFiles } from './photoPlatform'

/** A photo the user just picked, not yet saved: a temporary path (WeChat) or the file itself (browser). */
export type PickedPhoto = { source: string | Blob; bytes: number; ext: string }

/** privacy_declined / permission_denied: WeChat's privacy guide or the album permission was refused (src/privacy). */
export type PickFailure = 'cancelled' | 'failed' | 'privacy_declined' | 'permission_denied'
export type PickOutcome = { ok: true; photos: PickedPhoto[] } | { ok: false; code: PickFailure }
export type SaveOutcome = { ok: true } | { ok: false; code: 'no_space' | 'write_failed' }

export interface PhotoFiles {
  /** Opens the album/camera chooser. Call it first inside a tap: both WeChat and browsers require the user's gesture. */
  pick(max: number): Promise<PickOutcome>
  /** Keeps a picked photo as `file` in the case's own folder. */
  save(caseId: string, file: string, photo: PickedPhoto): Promise<SaveOutcome>
  /** Something an Image can show, or null when the photo is gone. Browser URLs must be released. */
  url(caseId: string, file: string): Promise<string | null>
  release(url: string): void
  remove(caseId: string, file: string): Promise<void>
  /** Removes every photo of a case (deleting the case). */
  removeCase(caseId: string): Promise<void>
  /** Ids of the cases that have photos stored (to clean up after a deletion that was interrupted). */
  caseIds(): Promise<string[]>
  /** Full-screen viewer; false where the platform has none and the page shows its own. */
  preview(current: string, all: readonly string[]): boolean
}

let current: PhotoFiles = platformPhotoFiles

/** The photo storage in use. */
export function photoFiles(): PhotoFiles {
  return current
}

/** Tests swap in a fake; null restores the platform's. */
export function setPhotoFilesForTests(fake: PhotoFiles | null): void {
  current = fake ?? platformPhotoFiles
}
