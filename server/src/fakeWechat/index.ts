/** The local WeChat stand-in: for tests, benchmarks and local runs only. */
export { startFakeWechat, FAKE_APPID, FAKE_SECRET, type FakeWechat, type FakeWechatOptions } from './server.ts'
export { FakeWechatState, type FakeTemplate, type FakeFaults, type InboxMessage } from './state.ts'
export type { FakeKeywordType } from './keywordCheck.ts'
