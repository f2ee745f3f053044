// Taro 插件：让微信的读屏（无障碍）拿到 aria-role / aria-label / aria-checked。
// Taro 的小程序模板只输出它登记过的属性，其余的（包括 aria-*）在编译时被丢掉；浏览器版直接渲染
// DOM，不需要这个插件。登记要两边一致：编译时写进 base.wxml（这里），运行时写进 Taro 的属性别名表
// （src/adapters/accessibility.weapp.ts），两边读同一个 src/adapters/ariaComponents.json。
// 只登记用到的几个：每多一个属性，主包的 base.wxml 里每个 view 模板都多一段。
const ariaComponents = require('../src/adapters/ariaComponents.json')

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      const template = platform && platform.template
      if (!template || typeof template.mergeComponents !== 'function') return // H5：没有小程序模板
      template.mergeComponents(ctx, ariaComponents)
    }
  })
}
