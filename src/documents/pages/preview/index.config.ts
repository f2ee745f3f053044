export default definePageConfig({
  navigationBarTitleText: '预览和导出'
})
