export default definePageConfig({
  navigationBarTitleText: '庭审提纲'
})
