/** The local WeChat stand-in: for tests, benchmarks and local runs only. */
export { startFakeWechat, FAKE_APPID, FAKE_SECRET, type FakeWechat, type FakeWechatOptions } from './server.js'
export { FakeWechatState, type FakeTemplate, type FakeFaults, type InboxMessage } from './state.js'
export type { FakeKeywordType } from './keywordCheck.js'
