/**
 * 类型层面的默认实现（tsc、jest 用）。构建时 Taro 按平台选 documentFile.weapp.ts 或 documentFile.h5.ts。
 */
export * from './documentFile.h5'
