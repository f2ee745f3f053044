/**
 * 类型层面的默认实现（tsc、jest 用）。构建时 Taro 按平台选 pageScroll.weapp.ts 或 pageScroll.h5.ts。
 */
export * from './pageScroll.h5'
