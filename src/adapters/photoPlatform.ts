/**
 * 类型层面的默认实现（tsc、jest 用）。构建时 Taro 按平台选 photoPlatform.weapp.ts 或 photoPlatform.h5.ts。
 */
export * from './photoPlatform.h5'
