export default definePageConfig({
  navigationBarTitleText: '记一次催收'
})
