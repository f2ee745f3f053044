/**
 * 类型层面的默认实现（tsc、jest 用）。构建时 Taro 按平台选 privacy.weapp.ts 或 privacy.h5.ts。
 * Rule for callers: callPrivacyApiOnTap must be the first call in a tap handler (no await before it),
 * and a page whose taps reach a privacy API renders <PrivacySheet /> once.
 */
export * from './privacy.h5'
