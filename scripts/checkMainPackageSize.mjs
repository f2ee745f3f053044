// 主包体积检查：打印 weapp 主包与总大小；超出预算则以非零退出。
// 预算 = 同一工具链下两页 Taro React hello world（286,564 字节，见 taro-setup.md）的 1.4 倍。
import { measureWeapp } from './lib/packageSizes.mjs'

const HELLO_WORLD_BYTES = 286_564
const BUDGET_BYTES = Math.round(HELLO_WORLD_BYTES * 1.4)
const PLATFORM_LIMIT_BYTES = 2 * 1024 * 1024

const { main, subpackages, total } = await measureWeapp('dist')
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
console.log(`weapp main package: ${main} bytes (${kb(main)}); budget ${BUDGET_BYTES} bytes (${kb(BUDGET_BYTES)}), ${(100 * main / BUDGET_BYTES).toFixed(1)}% used`)
for (const [root, size] of Object.entries(subpackages)) console.log(`  subpackage ${root}: ${size} bytes (${kb(size)})`)
console.log(`weapp total: ${total} bytes (${kb(total)})`)
const over = Object.entries({ main, ...subpackages }).filter(([, size]) => size > PLATFORM_LIMIT_BYTES)
if (main > BUDGET_BYTES) {
  console.error(`FAIL: the main package is ${main - BUDGET_BYTES} bytes over budget. Move feature pages into a subpackage.`)
  process.exit(1)
}
if (over.length) {
  console.error(`FAIL: over the 2 MB platform limit: ${over.map(([k]) => k).join(', ')}`)
  process.exit(1)
}
