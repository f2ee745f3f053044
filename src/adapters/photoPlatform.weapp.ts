/**
 * 证据照片（小程序）：wx.chooseMedia 选取或拍摄（隐私接口，须在点击里调用，wechat-platform.md §2.8），
 * FileSystemManager.saveFile 把临时文件移进 USER_DATA_PATH/evidence/<案件>/。这里的文件只在本机，
 * 计入微信给每个小程序的 200 MB 本地文件空间；超出时 saveFile 报错，我们报告 no_space。
 */
import Taro from '@tarojs/taro'
import type { PhotoFiles, PickedPhoto, PickOutcome, SaveOutcome } from './photoFiles'
import { caseIdOfFolder, folderOf } from './photoPaths'
import { callPrivacyApiOnTap } from './privacy'

const root = (): string => `${wx.env.USER_DATA_PATH}/evidence`
const folder = (caseId: string): string => `${root()}/${folderOf(caseId)}`

type FsResult = { ok: true; value?: unknown } | { ok: false; errMsg: string }

/** Promise wrapper for the callback-style FileSystemManager. */
function fsCall(method: 'mkdir' | 'saveFile' | 'unlink' | 'rmdir' | 'readdir', option: Record<string, unknown>): Promise<FsResult> {
  return new Promise((resolve) => {
    try {
      const fs = Taro.getFileSystemManager() as unknown as Record<string, (o: Record<string, unknown>) => void>
      fs[method]({
        ...option,
        success: (value: unknown) => resolve({ ok: true, value }),
        fail: (err: { errMsg?: string }) => resolve({ ok: false, errMsg: String(err?.errMsg ?? '') }),
      })
    } catch (e) {
      resolve({ ok: false, errMsg: String(e) })
    }
  })
}

const extOf = (path: string): string => {
  const m = /\.([A-Za-z0-9]{1,5})$/.exec(path)
  return m ? `.${m[1].toLowerCase()}` : '.jpg'
}

export const platformPhotoFiles: PhotoFiles = {
  pick(max: number): Promise<PickOutcome> {
    // A privacy API: WeChat holds it until the person agrees to the 隐私保护指引 (src/privacy).
    return callPrivacyApiOnTap('photos', () => Taro.chooseMedia({ count: max, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })).then(
      (result): PickOutcome => {
        if (!result.ok) return { ok: false, code: result.code === 'failed' && /cancel/.test(result.errMsg) ? 'cancelled' : result.code }
        return { ok: true, photos: (result.value.tempFiles ?? []).map((f): PickedPhoto => ({ source: f.tempFilePath, bytes: Number(f.size) || 0, ext: extOf(f.tempFilePath) })) }
      },
    )
  },

  async save(caseId: string, file: string, photo: PickedPhoto): Promise<SaveOutcome> {
    if (typeof photo.source !== 'string') return { ok: false, code: 'write_failed' }
    const made = await fsCall('mkdir', { dirPath: folder(caseId), recursive: true })
    if (!made.ok && !/exist/.test(made.errMsg)) return { ok: false, code: /limit|exceed|size/i.test(made.errMsg) ? 'no_space' : 'write_failed' }
    const saved = await fsCall('saveFile', { tempFilePath: photo.source, filePath: `${folder(caseId)}/${file}` })
    if (saved.ok) return { ok: true }
    return { ok: false, code: /limit|exceed|size|storage/i.test(saved.errMsg) ? 'no_space' : 'write_failed' }
  },

  url(caseId: string, file: string): Promise<string | null> {
    return Promise.resolve(`${folder(caseId)}/${file}`)
  },

  release(): void {
    // Paths under USER_DATA_PATH need no releasing.
  },

  async remove(caseId: string, file: string): Promise<void> {
    await fsCall('unlink', { filePath: `${folder(caseId)}/${file}` })
  },

  async removeCase(caseId: string): Promise<void> {
    await fsCall('rmdir', { dirPath: folder(caseId), recursive: true })
  },

  async caseIds(): Promise<string[]> {
    const listed = await fsCall('readdir', { dirPath: root() })
    if (!listed.ok) return []
    const files = (listed.value as { files?: string[] } | undefined)?.files ?? []
    return files.map(caseIdOfFolder).filter((id): id is string => id !== null)
  },

  preview(current: string, all: readonly string[]): boolean {
    void Taro.previewImage({ current, urls: [...all] }).catch(() => undefined)
    return true
  },
}
