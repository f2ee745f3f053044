/**
 * 类型层面的默认实现（tsc、jest 用）。构建时 Taro 按平台选 phoneCalendar.weapp.ts 或 phoneCalendar.h5.ts.
 */
export * from './phoneCalendar.h5'
