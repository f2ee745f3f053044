/**
 * The mini-program file adapter with the wx APIs stubbed: the file goes under USER_DATA_PATH, opens with
 * showMenu: true, and shareFileMessage is called synchronously (inside the tap), documents.md §4.
 */
import Taro from '@tarojs/taro'
import { saveAndOpenDocx, shareDocxOnTap } from '@/adapters/documentFile.weapp'

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
  expect(await saveAndOpenDocx(bytes, '民事答辩状.docx')).toEqual({ ok: true })
  expect(writes[0].path).toBe('wxfile://usr/documents/民事答辩状.docx')
  expect(Array.from(new Uint8Array(writes[0].data))).toEqual([0x50, 0x4b, 3, 4])
  expect(open).toHaveBeenCalledWith({ filePath: 'wxfile://usr/documents/民事答辩状.docx', fileType: 'docx', showMenu: true })
})

test('calls wx.shareFileMessage before returning (inside the tap), and reads a cancel as no error', async () => {
  const share = jest.fn((o: any) => o.fail({ errMsg: 'shareFileMessage:fail cancel' }))
  ;(globalThis as any).wx.shareFileMessage = share
  const pending = shareDocxOnTap(bytes, '异议书.docx')
  expect(share).toHaveBeenCalledWith(expect.objectContaining({ filePath: 'wxfile://usr/documents/异议书.docx', fileName: '异议书.docx' }))
  expect(await pending).toEqual({ ok: false, code: 'share_cancelled' })
  share.mockImplementation((o: any) => o.success({ errMsg: 'shareFileMessage:ok' }))
  expect(await shareDocxOnTap(bytes, '异议书.docx')).toEqual({ ok: true })
})

test('says unsupported where the base library has no shareFileMessage (before 2.16.1)', async () => {
  expect(await shareDocxOnTap(bytes, 'a.docx')).toEqual({ ok: false, code: 'unsupported' })
})

test('reports a failed write or open as a value, never a throw', async () => {
  stub('getFileSystemManager', () => ({ accessSync: () => undefined, mkdirSync: jest.fn(), writeFileSync: () => { throw new Error('full') } }))
  expect(await saveAndOpenDocx(bytes, 'a.docx')).toEqual({ ok: false, code: 'write_failed' })
  stub('getFileSystemManager', () => ({ accessSync: () => undefined, mkdirSync: jest.fn(), writeFileSync: () => undefined }))
  stub('openDocument', () => Promise.reject({ errMsg: 'openDocument:fail' }))
  expect(await saveAndOpenDocx(bytes, 'a.docx')).toEqual({ ok: false, code: 'open_failed' })
})
