/**
 * 小程序的读屏属性（aria-role / aria-label / aria-checked）在运行时登记进 Taro 的组件属性表。
 * Taro 按属性表给每个属性编号（p0、p1…，按名字排序），base.wxml 里的编号是编译时定的
 * （config/ariaAttributes.js 登记了同一份 ariaComponents.json）：两边不一致，所有 view 的属性都会错位。
 * 必须在第一次渲染之前执行：app.ts 第一个引入它。
 */
import { mergeInternalComponents } from '@tarojs/shared'
import ariaComponents from './ariaComponents.json'

mergeInternalComponents(ariaComponents)

export const ariaRegistered = true
