// 检查小程序构建里的读屏属性：base.wxml 的 view / input 模板带着 aria-role、aria-label（、aria-checked），
// 而且用的属性编号与运行时登记后 Taro 算出的编号一致（src/adapters/accessibility.weapp.ts）。
// 编号不一致时，所有 view 的属性（hover-class、动画……）都会错位，所以这一步在构建之后必跑。
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import * as shared from '@tarojs/shared'
import { components } from '@tarojs/plugin-platform-weapp/dist/runtime-utils.js'

const dist = process.argv[2] ?? 'dist'
const aria = JSON.parse(readFileSync('src/adapters/ariaComponents.json', 'utf8'))
shared.mergeInternalComponents(components) // 平台运行时做的
shared.mergeInternalComponents(aria) // 我们的运行时适配器做的
const alias = shared.getComponentsAlias(shared.internalComponents)
const wxml = readFileSync(join(dist, 'base.wxml'), 'utf8')
const problems = []
for (const [component, attrs] of Object.entries(aria)) {
  const a = alias[shared.toDashed(component)]
  // 输入框有 _focus / _blur 两个变体模板：属性写在变体里。
  const template = [...wxml.matchAll(new RegExp(`<template name="tmpl_0_${a._num}(?:_[a-z]+)?">[\\s\\S]*?</template>`, 'g'))].map((m) => m[0]).join('\n')
  for (const attr of Object.keys(attrs)) {
    const expected = `${attr}="{{i.${a[shared.toCamelCase(attr)]}}}"`
    if (!template.includes(expected)) problems.push(`${component}: base.wxml lacks ${expected}`)
  }
}
// 运行时必须真的登记：应用的脚本里要有这份属性表。
const scripts = readdirSync(dist).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dist, f), 'utf8')).join('\n')
if (!scripts.includes('"aria-checked":""')) problems.push('no runtime registration of the aria attributes found in the weapp scripts')
if (problems.length > 0) {
  console.error(`FAIL: WeChat screen-reader attributes:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`weapp aria attributes: ${Object.entries(aria).map(([c, attrs]) => `${c} ${Object.keys(attrs).join(' ')}`).join('; ')} — template and runtime agree`)
