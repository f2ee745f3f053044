export default definePageConfig({
  navigationBarTitleText: '期限一览'
})
