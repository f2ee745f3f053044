/**
 * 类型层面的默认实现（tsc、jest 用）。构建时 Taro 按平台选 wechatLogin.weapp.ts 或 wechatLogin.h5.ts，
 * so this file only re-exports the H5 one; keep the two files' exports identical.
 */
export * from './wechatLogin.h5'
