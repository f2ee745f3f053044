/**
 * 类型层面的默认实现（tsc、jest 用）。构建时 Taro 按平台选 accessibility.weapp.ts 或 accessibility.h5.ts。
 */
export * from './accessibility.h5'
