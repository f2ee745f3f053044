/**
 * The mini-program file adapter with the wx APIs stubbed: the file goes under USER_DATA_PATH in the
 * case's own folder, opens with showMenu: true, shareFileMessage is called synchronously (inside the
 * tap), documents.md §4, and the case's folder is removed with the case.
 */
import Taro from '@tarojs/taro'
import { removeCaseDocumentFiles, saveAndOpenDocx, shareDocxOnTap } from '@/adapters/documentFile.weapp'

const taro = Taro as unknown as Record<string, unknown>
const saved: [string, unknown][] = []
const writes: { path: string; data: ArrayBuffer }[] = []
function stub(name: string, impl: (...args: any[]) => unknown): jest.Mock {
  const fn = jest.fn(impl)
  saved.push([name, taro[name]])
  taro[name] = fn
  return fn
}
beforeEach(() => {
  ;(globalThis as any).wx = { env: { USER_DATA_PATH: 'wxfile://usr' } }
  writes.length = 0
  stub('getFileSystemManager', () => ({
    accessSync: () => { throw new Error('no such dir') },
    mkdirSync: jest.fn(),
    writeFileSync: (path: string, data: ArrayBuffer) => { writes.push({ path, data }) },
  }))
})
afterEach(() => { for (const [n, f] of saved.splice(0)) taro[n] = f; delete (globalThis as any).wx })

const bytes = new Uint8Array([9, 0x50, 0x4b, 3, 4, 9]).subarray(1, 5)

test('writes exactly the bytes under USER_DATA_PATH and opens them as docx with the forward/save menu', async () => {
  const open = stub('openDocument', () => Promise.resolve({ errMsg: 'openDocument:ok' }))
  expect(await saveAndOpenDocx(bytes, '民事答辩状.docx', 'c1')).toEqual({ ok: true })
  expect(writes[0].path).toBe('wxfile://usr/documents/c1/民事答辩状.docx')
  expect(Array.from(new Uint8Array(writes[0].data))).toEqual([0x50, 0x4b, 3, 4])
  expect(open).toHaveBeenCalledWith({ filePath: 'wxfile://usr/documents/c1/民事答辩状.docx', fileType: 'docx', showMenu: true })
})

test('calls wx.shareFileMessage before returning (inside the tap), and reads a cancel as no error', async () => {
  const share = jest.fn((o: any) => o.fail({ errMsg: 'shareFileMessage:fail cancel' }))
  ;(globalThis as any).wx.shareFileMessage = share
  const pending = shareDocxOnTap(bytes, '异议书.docx', 'c1')
  expect(share).toHaveBeenCalledWith(expect.objectContaining({ filePath: 'wxfile://usr/documents/c1/异议书.docx', fileName: '异议书.docx' }))
  expect(await pending).toEqual({ ok: false, code: 'share_cancelled' })
  share.mockImplementation((o: any) => o.success({ errMsg: 'shareFileMessage:ok' }))
  expect(await shareDocxOnTap(bytes, '异议书.docx', 'c1')).toEqual({ ok: true })
})

test('says unsupported where the base library has no shareFileMessage (before 2.16.1)', async () => {
  expect(await shareDocxOnTap(bytes, 'a.docx', 'c1')).toEqual({ ok: false, code: 'unsupported' })
})

test('reports a failed write or open as a value, never a throw', async () => {
  stub('getFileSystemManager', () => ({ accessSync: () => undefined, mkdirSync: jest.fn(), writeFileSync: () => { throw new Error('full') } }))
  expect(await saveAndOpenDocx(bytes, 'a.docx', 'c1')).toEqual({ ok: false, code: 'write_failed' })
  stub('getFileSystemManager', () => ({ accessSync: () => undefined, mkdirSync: jest.fn(), writeFileSync: () => undefined }))
  stub('openDocument', () => Promise.reject({ errMsg: 'openDocument:fail' }))
  expect(await saveAndOpenDocx(bytes, 'a.docx', 'c1')).toEqual({ ok: false, code: 'open_failed' })
})

test('deleting a case removes its whole folder of Word files; a case that never had one is fine; another failure is reported', async () => {
  const rmdir = jest.fn((o: any) => o.success({ errMsg: 'rmdir:ok' }))
  stub('getFileSystemManager', () => ({ rmdir }))
  await expect(removeCaseDocumentFiles('c1')).resolves.toBeUndefined()
  expect(rmdir).toHaveBeenCalledWith(expect.objectContaining({ dirPath: 'wxfile://usr/documents/c1', recursive: true }))
  rmdir.mockImplementation((o: any) => o.fail({ errMsg: 'rmdir:fail no such file or directory wxfile://usr/documents/c1' }))
  await expect(removeCaseDocumentFiles('c1')).resolves.toBeUndefined()
  rmdir.mockImplementation((o: any) => o.fail({ errMsg: 'rmdir:fail permission denied' }))
  await expect(removeCaseDocumentFiles('c1')).rejects.toThrow(/permission denied/)
})

test('a case id that is not a plain name gets the same safe folder name as its photos', async () => {
  stub('openDocument', () => Promise.resolve({ errMsg: 'openDocument:ok' }))
  await saveAndOpenDocx(bytes, 'a.docx', 'case/1')
  expect(writes[0].path).toBe('wxfile://usr/documents/case~2F1/a.docx')
})
