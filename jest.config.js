// Jest：两个项目。
// - domain：纯 TypeScript（src/domain），node 环境；npm test 在三个时区下各跑一遍。
// - app：页面、组件、存储、适配器，jsdom + @tarojs/test-utils-react 的预设（按 taro-setup.md 修正）。
const path = require('node:path')
const taroPreset = require('@tarojs/test-utils-react/dist/jest.js').default

const esmPackages = ['@tarojs', '@stencil', 'swiper', 'ssr-window', 'dom7', 'lodash-es', 'query-string',
  'decode-uri-component', 'filter-obj', 'split-on-first', 'style-inject']

const domain = {
  displayName: 'domain',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/tests/domain/**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['babel-jest', {
      configFile: false,
      presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript']
    }]
  },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' }
}

const app = taroPreset({
  displayName: 'app',
  rootDir: __dirname,
  testMatch: ['<rootDir>/tests/{pages,components,storage,services,adapters,i18n}/**/*.test.{ts,tsx}'],
  setupFiles: [path.join(__dirname, 'tests/support/taroEnv.js'), ...taroPreset({}).setupFiles],
  setupFilesAfterEnv: [path.join(__dirname, 'tests/support/afterEach.ts')],
  // 忽略 node_modules，但路径中含有上述 ESM 包的文件除外（taro-h5 的产物里还嵌着 .pnpm 目录）。
  transformIgnorePatterns: [`^(?!.*/(${esmPackages.join('|')})/).*/node_modules/`],
  transform: {
    '^.+\\.(js|jsx|ts|tsx|mjs)$': require.resolve('@tarojs/test-utils-react/dist/jest/babel-transformer.js')
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json', 'jsx'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '\\.(css|less|scss)$': '<rootDir>/tests/support/styleStub.js'
  }
})

// bail/verbose are global options, not per-project ones (the preset sets them per project).
delete app.bail
delete app.verbose

module.exports = { projects: [domain, app] }
