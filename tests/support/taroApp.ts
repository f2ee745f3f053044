// 页面测试的应用外壳。@tarojs/test-utils-react 0.1.1 的 createApp() 用的是 Taro 3 的
// createRouter(app, config, fw)；Taro 4 要 createRouter(history, app, config, framework)。
// 这里照 Taro 自己的 H5 入口（@tarojs/taro-loader/lib/h5.js）挂载应用。
import '@tarojs/taro' // 必须先于 test-utils 引入，否则循环依赖（taro-setup.md）
import TestUtils from '@tarojs/test-utils-react'
import { createHashHistory, createRouter, handleAppMount } from '@tarojs/router'
import { window as taroWindow } from '@tarojs/runtime'
import { createReactApp } from '@tarojs/plugin-framework-react/dist/runtime'
import { proxyAppLifeCycle } from '@tarojs/test-utils-shared'
import * as React from 'react'
import ReactDOM from 'react-dom/client'
import { screen, waitFor } from '@testing-library/react'

type AnyConfig = Record<string, any>

const g = globalThis as AnyConfig
g.defineAppConfig = (c: unknown) => c
g.definePageConfig = (c: unknown) => c

/** 应用里的全部页面路径（主包 + 分包），与 app.config.ts 一致。 */
export function allPagePaths(config: AnyConfig): string[] {
  const subs = (config.subPackages ?? config.subpackages ?? []) as { root: string; pages: string[] }[]
  return [...config.pages, ...subs.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
}

export class AppTestUtils extends TestUtils {
  /** 以 H5 路由挂载整个应用，并打开 initialUrl（如 '/pages/index/index?scene=...'）。 */
  async createApp(initialUrl = '/pages/index/index'): Promise<any> {
    const App = require('../../src/app').default
    const config: AnyConfig = { ...require('../../src/app.config').default }
    config.routes = allPagePaths(config).map((path) => ({
      path,
      load: async (context: unknown, params: unknown) => [require(`../../src/${path}`).default, context, params]
    }))
    config.router = { mode: 'hash' }
    ;(taroWindow as AnyConfig).__taroAppConfig = config
    document.body.innerHTML = '<div id="app"></div>'
    window.location.hash = `#${initialUrl}`
    const inst = createReactApp(App, React, ReactDOM, config)
    proxyAppLifeCycle(inst)
    const history = createHashHistory({ window: taroWindow as unknown as Window })
    handleAppMount(config as any, history)
    createRouter(history, inst, config as any, 'React')
    await new Promise((resolve) => requestAnimationFrame(resolve))
    return inst
  }
}

/** 等待某个 data-testid 出现在页面上（页面切换有动画和异步加载）。 */
export async function findByTestId(id: string, timeout = 3000): Promise<HTMLElement> {
  let found: HTMLElement | null = null
  await waitFor(() => {
    const nodes = document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)
    found = nodes[nodes.length - 1] ?? null
    if (!found) throw new Error(`no element with data-testid="${id}"`)
  }, { timeout })
  return found as unknown as HTMLElement
}

/** 点击一个元素（Taro 的 View 在 H5 上监听 click）。 */
export function tap(element: Element): void {
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
}

export { screen, waitFor }
