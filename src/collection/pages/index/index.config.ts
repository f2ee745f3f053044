export default definePageConfig({
  navigationBarTitleText: '催收骚扰'
})
