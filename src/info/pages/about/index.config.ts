export default definePageConfig({
  navigationBarTitleText: '关于应诉助手'
})
