// 每个测试之后清空本地存储，测试之间互不影响。
afterEach(() => {
  window.localStorage.clear()
})
