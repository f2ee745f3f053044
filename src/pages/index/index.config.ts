export default definePageConfig({
  navigationBarTitleText: '应诉助手'
})
