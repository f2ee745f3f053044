/**
 * 照片文件夹的名字：案件 id → 可以放进文件路径的名字，并能原样还原（清理已删除案件的照片时要用）。
 * Case ids are usually 'c' + base-36 letters, which pass through unchanged; anything else is
 * percent-encoded with '~' in place of '%' (a file name must not contain '%' or '/').
 */

/** @example folderOf('c1a2b3') // 'c1a2b3' */
export function folderOf(caseId: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(caseId)) return caseId
  return encodeURIComponent(caseId)
    .replace(/[!'()*.~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%/g, '~')
}

/** The case id of a folder name, or null for a name we did not make. */
export function caseIdOfFolder(folder: string): string | null {
  try {
    return decodeURIComponent(folder.replace(/~/g, '%'))
  } catch {
    return null
  }
}
