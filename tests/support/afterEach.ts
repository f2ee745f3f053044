// 页面测试驱动的是完整的 Taro 应用（路由、生命周期），不是单个组件，
// React 的 act() 警告在这里只是噪音。
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false

// 每个测试之后清空本地存储，测试之间互不影响。
afterEach(() => {
  window.localStorage.clear()
})
