/**
 * 类型层面的默认实现（tsc、jest 用）。构建时 Taro 按平台选 phoneCall.weapp.ts 或 phoneCall.h5.ts。
 */
export * from './phoneCall.h5'
