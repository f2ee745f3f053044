// npm test 的每一步。加一步 = 加一行：{ name, run, after, load }。
// - run:   shell 命令（在仓库根目录，node_modules/.bin 在 PATH 上），或 async ({ sh, log, env }) => 一句摘要
// - after: 要先通过的步（它们失败时这一步跳过）；'server deps' 之后才有 server/node_modules，
//          BROWSER 之后才有 Chromium/LibreOffice，PG 之后 env 里才有 TEST_DATABASE_URL
// - load:  这一步大约占几个 CPU 核（默认 1）；调度器在 os.availableParallelism() 个核内并排跑各步，
//          在表里排得越前越先开始：把长链条（构建 → 用构建的测试）放前面。
// 各步不共用端口（都向系统要空闲端口）、不共用数据库（server 测试每个文件一个 schema）。

const SERVER = 'server deps'
const PG = 'PostgreSQL'
const BROWSER = 'Chromium + LibreOffice'

/** Built against a reserved origin (.invalid never resolves) that only the weapp harness maps to the local reminder service. */
const WEAPP_BUILD = 'TARO_APP_API_BASE=https://yingsu-api.invalid taro build --type weapp'

export const TEST_STEPS = [
  { name: 'build h5', run: 'taro build --type h5', load: 1 },
  { name: 'build weapp', run: WEAPP_BUILD, load: 1 },
  { name: 'e2e (H5 in headless Chromium)', run: 'node --test --test-concurrency=1 tests/e2e/', after: ['build h5', BROWSER, SERVER], load: 1 },
  { name: 'weapp budget + aria', run: 'node scripts/checkMainPackageSize.mjs && node scripts/checkWeappAria.mjs', after: ['build weapp'], load: 0.25 },
  { name: 'weapp runtime', run: 'node --import tsx --test --test-concurrency=1 tests/weapp/', after: ['build weapp', SERVER], load: 1 },
  { name: 'app tests (Taro H5 runtime)', run: 'jest --selectProjects app --silent', after: [SERVER], load: 1 },
  { name: 'server: PostgreSQL', run: 'npm --prefix server run --silent test:postgres', after: [SERVER, PG], load: 1 },
  { name: 'server: fault tests', run: 'npm --prefix server run --silent test:fault', after: [SERVER, PG], load: 1 },
  { name: 'server: PGlite', run: 'npm --prefix server run --silent test:pglite', after: [SERVER], load: 1 },
  { name: 'domain, TZ=Asia/Shanghai', run: 'TZ=Asia/Shanghai jest --selectProjects domain --silent', load: 1 },
  { name: 'domain, TZ=America/Los_Angeles', run: 'TZ=America/Los_Angeles jest --selectProjects domain --silent', load: 1 },
  { name: 'domain, TZ=Pacific/Kiritimati', run: 'TZ=Pacific/Kiritimati jest --selectProjects domain --silent', load: 1 },
  // Caches in node_modules/.cache make a second run on the same checkout quicker; a clean clone starts without them.
  { name: 'typecheck app', run: 'tsc --noEmit -p tsconfig.json --incremental --tsBuildInfoFile node_modules/.cache/tsc/app.tsbuildinfo', load: 1 },
  { name: 'typecheck server', run: 'npm --prefix server run --silent typecheck', after: [SERVER], load: 1 },
  { name: 'lint', run: 'eslint --cache --cache-location node_modules/.cache/eslint/ .', load: 1 },
  { name: 'tooling tests', run: 'node --test tests/tooling/', load: 0.5 },
  // The after-answer filings (issue 21) opened by LibreOffice: .docx → PDF headless, the PDF's text checked.
  { name: 'docx in LibreOffice', run: 'node --import tsx --test tests/docx/', after: [BROWSER], load: 0.5 }
]

export const NAMES = { SERVER, PG, BROWSER }
