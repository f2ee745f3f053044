export default definePageConfig({
  navigationBarTitleText: '证据清单'
})
