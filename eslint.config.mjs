// ESLint（flat config）。最重要的一条：src/domain 是纯 TypeScript，与 server/ 共用，
// 不得引入 Taro、React 或 Node 的模块，也不得读时钟。
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

// 小程序的逻辑层没有这些浏览器（或 Node）全局；Taro 会把 window、document、location、URL 换成什么也不做的替身。
// The weapp harness (tests/weapp) catches them in the build; this catches them while typing.
const browserOnlyGlobals = ['window', 'self', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage',
  'indexedDB', 'fetch', 'XMLHttpRequest', 'WebSocket', 'URL', 'URLSearchParams', 'Blob', 'File', 'FileReader', 'FormData',
  'TextEncoder', 'TextDecoder', 'atob', 'btoa', 'Image', 'crypto', 'performance', 'requestAnimationFrame', 'cancelAnimationFrame',
  'MutationObserver', 'IntersectionObserver', 'ResizeObserver', 'getComputedStyle', 'matchMedia', 'alert', 'confirm', 'prompt',
  'structuredClone', 'MessageChannel', 'Buffer', 'global', 'setImmediate'] // not process: process.env.TARO_* is replaced at build time

const platformImports = {
  patterns: [
    { group: ['@tarojs/*', 'react', 'react-*', 'react/*'], message: 'src/domain 必须保持纯净：不能引入 Taro/React（放到 adapters/ 或 services/）。' },
    { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'https', 'url', 'util'], message: 'src/domain 与 server/ 共用，不能引入 Node 模块。' }
  ],
  paths: [
    { name: 'zod', message: '客户端代码请用 zod/mini（主包体积预算）。' }
  ]
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-h5/**', 'node_modules/**', 'server/**', 'coverage/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.jest, defineAppConfig: 'readonly', definePageConfig: 'readonly', wx: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off'
    }
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', platformImports],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'src/domain 不读时钟：把 today/now 作为参数传进来。' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/domain 不读时钟：把 today/now 作为参数传进来。' }
      ]
    }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.h5.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserOnlyGlobals.map((name) => ({
        name, message: `小程序里没有 ${name}：平台差异放进 src/adapters 的 x.h5.ts / x.weapp.ts（tests/weapp 会在构建里抓到它）。`
      }))]
    }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**', 'src/adapters/**'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[object.name='wx']", message: '只有 src/adapters/ 可以直接调用 wx.* 接口。' }
      ]
    }
  }
)
