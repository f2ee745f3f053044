/**
 * The mini-program photo adapter with wx stubbed: what it asks of chooseMedia and the file system
 * manager, where the files go (USER_DATA_PATH/evidence/<case>/), and how it reads WeChat's failures.
 */
import Taro from '@tarojs/taro'
import { platformPhotoFiles as weapp } from '@/adapters/photoPlatform.weapp'
import { caseIdOfFolder, folderOf } from '@/adapters/photoPaths'

const taro = Taro as unknown as Record<string, unknown>
const originals = new Map(['chooseMedia', 'getFileSystemManager', 'previewImage'].map((n) => [n, taro[n]]))
const g = globalThis as { wx?: unknown }

type Call = { method: string; option: Record<string, unknown> }
function fakeFs(fail: Partial<Record<string, string>> = {}, dirFiles: string[] = []) {
  const calls: Call[] = []
  const method = (name: string) => (option: Record<string, any>) => {
    calls.push({ method: name, option })
    if (fail[name]) option.fail({ errMsg: `${name}:fail ${fail[name]}` })
    else option.success(name === 'readdir' ? { files: dirFiles } : {})
  }
  taro.getFileSystemManager = () => ({ mkdir: method('mkdir'), saveFile: method('saveFile'), unlink: method('unlink'), rmdir: method('rmdir'), readdir: method('readdir') })
  return calls
}

beforeEach(() => { g.wx = { env: { USER_DATA_PATH: 'wxfile://usr' } } })
afterEach(() => {
  for (const [n, f] of originals) taro[n] = f
  delete g.wx
})

describe('the mini-program photo adapter', () => {
  test('asks chooseMedia for images from the album or camera, compressed, and reads the temp files', async () => {
    const call = jest.fn(() => Promise.resolve({ tempFiles: [{ tempFilePath: 'wxfile://tmp/a.JPG', size: 123 }, { tempFilePath: 'wxfile://tmp/b', size: 5 }] }))
    taro.chooseMedia = call
    expect(await weapp.pick(9)).toEqual({ ok: true, photos: [{ source: 'wxfile://tmp/a.JPG', bytes: 123, ext: '.jpg' }, { source: 'wxfile://tmp/b', bytes: 5, ext: '.jpg' }] })
    expect(call).toHaveBeenCalledWith({ count: 9, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })
  })

  test('a cancelled chooser is "cancelled", a refused privacy guide "privacy_declined", any other failure "failed"', async () => {
    taro.chooseMedia = () => Promise.reject({ errMsg: 'chooseMedia:fail cancel' })
    expect(await weapp.pick(9)).toEqual({ ok: false, code: 'cancelled' })
    taro.chooseMedia = () => Promise.reject({ errMsg: 'chooseMedia:fail privacy permission is not authorized', errno: 104 })
    expect(await weapp.pick(9)).toEqual({ ok: false, code: 'privacy_declined' })
    taro.chooseMedia = () => Promise.reject({ errMsg: 'chooseMedia:fail internal error' })
    expect(await weapp.pick(9)).toEqual({ ok: false, code: 'failed' })
  })

  test('saves into USER_DATA_PATH/evidence/<case>/ after making the folder', async () => {
    const calls = fakeFs({ mkdir: 'file already exists' })
    expect(await weapp.save('c1a2', 'p1.jpg', { source: 'wxfile://tmp/a.jpg', bytes: 1, ext: '.jpg' })).toEqual({ ok: true })
    expect(calls.map((c) => [c.method, c.option.dirPath ?? c.option.filePath])).toEqual([['mkdir', 'wxfile://usr/evidence/c1a2'], ['saveFile', 'wxfile://usr/evidence/c1a2/p1.jpg']])
    expect(calls[1].option.tempFilePath).toBe('wxfile://tmp/a.jpg')
  })

  test('a full storage is reported as no_space, other errors as write_failed', async () => {
    fakeFs({ saveFile: 'the maximum size of the file storage limit is exceeded' })
    expect(await weapp.save('c1', 'p.jpg', { source: 't', bytes: 1, ext: '.jpg' })).toEqual({ ok: false, code: 'no_space' })
    fakeFs({ saveFile: 'permission denied' })
    expect(await weapp.save('c1', 'p.jpg', { source: 't', bytes: 1, ext: '.jpg' })).toEqual({ ok: false, code: 'write_failed' })
  })

  test('deleting a case removes its whole folder; listing reads the folders back as case ids', async () => {
    const calls = fakeFs({}, ['c1a2', 'case~2D1'])
    await weapp.removeCase('c1a2')
    expect(calls[0]).toMatchObject({ method: 'rmdir', option: { dirPath: 'wxfile://usr/evidence/c1a2', recursive: true } })
    expect(await weapp.caseIds()).toEqual(['c1a2', 'case-1'])
  })

  test('a missing folder lists no cases', async () => {
    fakeFs({ readdir: 'no such file or directory' })
    expect(await weapp.caseIds()).toEqual([])
  })
})

describe('photo folder names', () => {
  test.each(['c1a2b3c', 'case-1', '案件 1', 'a/b', 'x~y.z', '%41'])('%s survives the round trip and makes a safe name', (id) => {
    const folder = folderOf(id)
    expect(folder).toMatch(/^[A-Za-z0-9_~-]+$/)
    expect(caseIdOfFolder(folder)).toBe(id)
  })
})
