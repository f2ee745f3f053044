/**
 * Files the way a phone has them: chosen photos and files arrive as read-only temporary paths
 * (wxfile://tmp_…); the app may only write under wx.env.USER_DATA_PATH (wxfile://usr), a missing
 * parent directory is an error (mkdir first), and WeChat's errMsg texts are kept. openDocument and
 * shareFileMessage need a file that exists; shareFileMessage only works in a tap. previewImage opens
 * WeChat's full-screen viewer on local paths that exist.
 */
import { posix } from 'node:path'
import { wxFail } from './apiKit.mjs'

export const USER_DATA_PATH = 'wxfile://usr'
const USER_DATA_LIMIT = 200 * 1024 * 1024
const DOCUMENT_TYPES = new Set(['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf'])

const isArrayBuffer = (v) => Object.prototype.toString.call(v) === '[object ArrayBuffer]'

export function createFiles(kit, { user, toSandboxArrayBuffer }) {
  const files = new Map() // path → Buffer
  const dirs = new Set([USER_DATA_PATH])
  const opened = []
  const shared = []
  const previewed = []
  let temps = 0

  const parentOf = (p) => posix.dirname(p.replace('wxfile://', '/')).replace(/^\//, 'wxfile://')
  const writable = (p) => p === USER_DATA_PATH || p.startsWith(`${USER_DATA_PATH}/`)
  const usedBytes = () => [...files].filter(([p]) => writable(p)).reduce((sum, [, b]) => sum + b.length, 0)

  function addTemp(ext, bytes) {
    const path = `wxfile://tmp_${(++temps).toString(16).padStart(8, '0')}.${ext}`
    files.set(path, Buffer.from(bytes))
    return path
  }

  // Each operation: (name, ...args) → value, throwing wxFail(name, …). Used by the sync and async forms.
  const ops = {
    access: (name, path) => { if (!files.has(path) && !dirs.has(path)) throw wxFail(name, `no such file or directory ${path}`) },
    mkdir: (name, dirPath, recursive = false) => {
      if (!writable(dirPath)) throw wxFail(name, `permission denied, open ${dirPath}`)
      if (dirs.has(dirPath)) { if (recursive) return; throw wxFail(name, `file already exists ${dirPath}`) }
      if (!dirs.has(parentOf(dirPath))) {
        if (!recursive) throw wxFail(name, `no such file or directory ${dirPath}`)
        ops.mkdir(name, parentOf(dirPath), true)
      }
      dirs.add(dirPath)
    },
    writeFile: (name, filePath, data, encoding = 'utf8', append = false) => {
      if (!writable(filePath)) throw wxFail(name, `permission denied, open ${filePath}`)
      if (!dirs.has(parentOf(filePath))) throw wxFail(name, `no such file or directory, open ${filePath}`)
      const bytes = isArrayBuffer(data) ? Buffer.from(new Uint8Array(data)) : ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(String(data), encoding === 'binary' ? 'latin1' : encoding)
      const next = append && files.has(filePath) ? Buffer.concat([files.get(filePath), bytes]) : bytes
      if (usedBytes() - (files.get(filePath)?.length ?? 0) + next.length > USER_DATA_LIMIT) throw wxFail(name, 'the maximum size of the file storage limit is exceeded')
      files.set(filePath, next)
    },
    readFile: (name, filePath, encoding) => {
      const bytes = files.get(filePath)
      if (!bytes) throw wxFail(name, `no such file or directory ${filePath}`)
      return encoding ? bytes.toString(encoding === 'binary' ? 'latin1' : encoding) : toSandboxArrayBuffer(bytes)
    },
    unlink: (name, filePath) => {
      if (!writable(filePath)) throw wxFail(name, `permission denied, open ${filePath}`)
      if (!files.delete(filePath)) throw wxFail(name, `no such file or directory ${filePath}`)
    },
    readdir: (name, dirPath) => {
      if (!dirs.has(dirPath)) throw wxFail(name, `no such file or directory ${dirPath}`)
      const inside = [...files.keys(), ...dirs].filter((p) => p !== dirPath && parentOf(p) === dirPath)
      return inside.map((p) => posix.basename(p))
    },
    rmdir: (name, dirPath, recursive = false) => {
      if (!writable(dirPath) || dirPath === USER_DATA_PATH) throw wxFail(name, `permission denied, open ${dirPath}`)
      if (!dirs.has(dirPath)) throw wxFail(name, `no such file or directory ${dirPath}`)
      const inside = [...files.keys(), ...dirs].filter((p) => p.startsWith(`${dirPath}/`))
      if (inside.length > 0 && !recursive) throw wxFail(name, `directory not empty ${dirPath}`)
      for (const p of inside) { files.delete(p); dirs.delete(p) }
      dirs.delete(dirPath)
    },
    stat: (name, path) => {
      if (dirs.has(path)) return { size: 0, mode: 16877, lastModifiedTime: 0, isFile: () => false, isDirectory: () => true }
      const bytes = files.get(path)
      if (!bytes) throw wxFail(name, `no such file or directory ${path}`)
      return { size: bytes.length, mode: 33188, lastModifiedTime: 0, isFile: () => true, isDirectory: () => false }
    },
    copyFile: (name, srcPath, destPath) => {
      const bytes = files.get(srcPath)
      if (!bytes) throw wxFail(name, `no such file or directory, copyFile ${srcPath} -> ${destPath}`)
      ops.writeFile(name, destPath, bytes)
    },
    rename: (name, oldPath, newPath) => { ops.copyFile(name, oldPath, newPath); if (writable(oldPath)) files.delete(oldPath) },
    saveFile: (name, tempFilePath, filePath) => {
      const dest = filePath ?? `${USER_DATA_PATH}/${posix.basename(tempFilePath.replace('wxfile://', '/'))}`
      ops.copyFile(name, tempFilePath, dest)
      files.delete(tempFilePath)
      return { savedFilePath: dest }
    },
    getFileInfo: (name, filePath) => ({ size: ops.stat(name, filePath).size })
  }

  const sync = (op, map = (...a) => a) => (...args) => {
    try { return ops[op](`${op}Sync`, ...map(...args)) } catch (e) { throw new Error(e.errMsg ?? String(e)) }
  }
  const RESULT_KEY = { readFile: 'data', readdir: 'files', stat: 'stats' }
  // FileSystemManager methods take callbacks only: unlike wx.* APIs they return no Promise.
  const async = (op, pick) => kit.asyncApi(op, (o) => {
    const value = ops[op](op, ...pick(o))
    return RESULT_KEY[op] ? { [RESULT_KEY[op]]: value } : value ?? {}
  }, { promiseStyle: false })
  const manager = {
    access: async('access', (o) => [o.path]), accessSync: sync('access'),
    mkdir: async('mkdir', (o) => [o.dirPath, o.recursive]), mkdirSync: sync('mkdir'),
    writeFile: async('writeFile', (o) => [o.filePath, o.data, o.encoding]), writeFileSync: sync('writeFile'),
    appendFile: async('writeFile', (o) => [o.filePath, o.data, o.encoding, true]), appendFileSync: sync('writeFile', (p, d, e) => [p, d, e, true]),
    readFile: async('readFile', (o) => [o.filePath, o.encoding]), readFileSync: sync('readFile'),
    unlink: async('unlink', (o) => [o.filePath]), unlinkSync: sync('unlink'),
    readdir: async('readdir', (o) => [o.dirPath]), readdirSync: sync('readdir'),
    rmdir: async('rmdir', (o) => [o.dirPath, o.recursive]), rmdirSync: sync('rmdir'),
    stat: async('stat', (o) => [o.path]), statSync: sync('stat'),
    copyFile: async('copyFile', (o) => [o.srcPath, o.destPath]), copyFileSync: sync('copyFile'),
    rename: async('rename', (o) => [o.oldPath, o.newPath]), renameSync: sync('rename'),
    saveFile: async('saveFile', (o) => [o.tempFilePath, o.filePath]), saveFileSync: sync('saveFile', (t, f) => [t, f]),
    getFileInfo: async('getFileInfo', (o) => [o.filePath])
  }

  const chosen = (api) => {
    const picks = user.media ?? 'cancel'
    if (picks === 'cancel' || picks.length === 0) throw wxFail(api, 'cancel')
    return picks.map((m) => ({ ...m, path: addTemp(m.name?.split('.').pop() ?? 'jpg', m.bytes ?? Buffer.from('fake image')) }))
  }
  const apis = {
    getFileSystemManager: kit.syncApi('getFileSystemManager', () => manager, { record: false }),
    chooseMedia: kit.asyncApi('chooseMedia', (o) => {
      const picks = chosen('chooseMedia').slice(0, o.count ?? 9)
      return { type: 'image', tempFiles: picks.map((p) => ({ tempFilePath: p.path, size: files.get(p.path).length, fileType: p.type ?? 'image', width: 1080, height: 1440, duration: 0, thumbTempFilePath: '' })) }
    }, { privacy: true }),
    chooseImage: kit.asyncApi('chooseImage', (o) => {
      const picks = chosen('chooseImage').slice(0, o.count ?? 9)
      return { tempFilePaths: picks.map((p) => p.path), tempFiles: picks.map((p) => ({ path: p.path, size: files.get(p.path).length })) }
    }, { privacy: true }),
    chooseMessageFile: kit.asyncApi('chooseMessageFile', (o) => {
      const picks = chosen('chooseMessageFile').slice(0, o.count ?? 1)
      return { tempFiles: picks.map((p) => ({ path: p.path, size: files.get(p.path).length, name: p.name ?? posix.basename(p.path), type: 'file', time: 0 })) }
    }, { privacy: true }),
    openDocument: kit.asyncApi('openDocument', ({ filePath, fileType, showMenu }) => {
      if (!files.has(filePath)) throw wxFail('openDocument', `no such file or directory ${filePath}`)
      const type = fileType ?? posix.extname(filePath).slice(1)
      if (!DOCUMENT_TYPES.has(type)) throw wxFail('openDocument', `filetype not supported: ${type}`)
      opened.push({ filePath, fileType: type, showMenu: showMenu === true })
    }),
    shareFileMessage: kit.asyncApi('shareFileMessage', ({ filePath, fileName }) => {
      if (!files.has(filePath)) throw wxFail('shareFileMessage', `no such file or directory ${filePath}`)
      shared.push({ filePath, fileName })
    }),
    // wx.previewImage: urls is required; current defaults to the first one (wx.previewImage.md).
    // Not a privacy API and not tap-only. A local path must exist (WeChat shows nothing for a missing one).
    previewImage: kit.asyncApi('previewImage', ({ urls, current }) => {
      if (!Array.isArray(urls) || urls.length === 0 || urls.some((u) => typeof u !== 'string')) throw wxFail('previewImage', 'parameter error: parameter.urls should be Array of String')
      const missing = urls.find((u) => u.startsWith('wxfile://') && !files.has(u))
      if (missing) throw wxFail('previewImage', `no such file or directory ${missing}`)
      previewed.push({ current: current ?? urls[0], urls: [...urls] })
    }),
    saveImageToPhotosAlbum: kit.asyncApi('saveImageToPhotosAlbum', ({ filePath }) => {
      if (!files.has(filePath)) throw wxFail('saveImageToPhotosAlbum', `no such file or directory ${filePath}`)
    }, { privacy: true })
  }
  return { files, dirs, opened, shared, previewed, apis, USER_DATA_PATH }
}
