// 打印 weapp 主包与总大小、H5 首屏 JS（原始 / gzip）。先运行 npm run build:weapp 与 npm run build:h5。
import { measureWeapp, measureH5FirstLoad } from '../scripts/lib/packageSizes.mjs'

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const weapp = await measureWeapp('dist')
console.log(`weapp main package        ${String(weapp.main).padStart(9)} bytes  ${kb(weapp.main)}`)
for (const [root, size] of Object.entries(weapp.subpackages)) console.log(`weapp subpackage ${root.padEnd(10)}${String(size).padStart(9)} bytes  ${kb(size)}`)
console.log(`weapp total               ${String(weapp.total).padStart(9)} bytes  ${kb(weapp.total)}`)
const h5 = await measureH5FirstLoad('dist-h5')
console.log(`h5 first-load JS raw      ${String(h5.raw).padStart(9)} bytes  ${kb(h5.raw)}  (${h5.scripts.length} scripts)`)
console.log(`h5 first-load JS gz       ${String(h5.gzip).padStart(9)} bytes  ${kb(h5.gzip)}`)
