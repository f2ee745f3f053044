/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5'
    TARO_APP_ID?: string
    /** 提醒服务的地址（构建时注入，不含任何密钥） */
    TARO_APP_API_BASE?: string
  }
}

// 页面测试挂载应用时用到的 Taro 内部入口（没有类型声明）。
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  export function createReactApp(app: unknown, react: unknown, dom: unknown, config: unknown): any
}
