/**
 * 类型层面的默认实现（tsc、jest 用）。构建时 Taro 按平台选 subscribe.weapp.ts 或 subscribe.h5.ts.
 * Rule for callers: `requestSubscribe` must be the first call in a tap handler (no await before it).
 */
export * from './subscribe.h5'
