import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'
import { ModuleOriginsPlugin } from './moduleOrigins'

// Taro 构建配置。weapp 输出到 dist/（微信开发者工具导入），h5 输出到 dist-h5/（浏览器版）。
export default defineConfig<'webpack5'>(async (merge) => {
  const isH5 = process.env.TARO_ENV === 'h5'
  const outputRoot = isH5 ? 'dist-h5' : 'dist'
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yingsu-zhushou',
    date: '2026-11-25',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // WeChat templates cannot recurse, so Taro writes one copy of every container template per level into
    // base.wxml (main package); past baseLevel it continues through its `comp` component. Our deepest page
    // (the timeline) is 8 levels, so 10 instead of Taro's default 16 keeps every page in templates and
    // takes 17.7 KB off the main package (bench:size; tests/weapp renders every page).
    baseLevel: 10,
    outputRoot,
    // 小程序模板默认丢掉 aria-* 属性；这个插件把读屏要用的几个登记进去（见文件里的说明）。
    plugins: [path.join(__dirname, 'ariaAttributes.js')],
    defineConstants: {},
    // 只有以 TARO_APP_ 开头的变量会进入客户端包；AppSecret 永远不在这里。
    env: {
      TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? '')
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        chain.plugin('module-origins').use(ModuleOriginsPlugin, [outputRoot])
      }
    },
    h5: {
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // [contenthash]：webpack 5 已弃用 [hash]（每次构建都打印一条 DeprecationWarning）。
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // webpack 默认在单个文件或首屏超过 244 KiB（未压缩）时警告。React 18 + Taro 的 H5 运行时本身就有
        // 约 330 KiB（hello world，gzip 后约 110 KiB，见 taro-setup.md），所以默认值每次都会报、报了也没法改。
        // 换成我们自己的预算：首屏 ≤ 440 KiB、单个文件 ≤ 330 KiB（未压缩）；超了说明真的多了东西，要看 bench:size。
        chain.performance.hints('warning').maxEntrypointSize(440 * 1024).maxAssetSize(330 * 1024)
      }
    }
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
