export default definePageConfig({
  navigationBarTitleText: '核对诉讼请求'
})
