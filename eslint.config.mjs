// ESLint（flat config）。最重要的一条：src/domain 是纯 TypeScript，与 server/ 共用，
// 不得引入 Taro、React 或 Node 的模块，也不得读时钟。
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

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
    ignores: ['src/domain/**', 'src/adapters/**'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[object.name='wx']", message: '只有 src/adapters/ 可以直接调用 wx.* 接口。' }
      ]
    }
  }
)
