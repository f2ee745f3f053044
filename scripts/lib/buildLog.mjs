// 把 Taro/webpack 的构建输出（进度条、彩色字、几百行资产表）压成几行：警告各一行，失败时给出错误。
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g // eslint-disable-line no-control-regex
/** 进度条、资产表之类对人没有用的行。 */
const NOISE = /[█░]|^\s*[●✔✖]\s*Webpack|^\s*\(Use `node --trace|DeprecationWarning|^\s*(asset|assets by|Entrypoint|orphan|runtime modules|cacheable|modules by|webpack \d)/

/**
 * @returns {{ warnings: string[], errors: string[] }} 每条警告一行（webpack 的 “WARNING in …” 标题）；
 *   errors：“ERROR in …”及其后几行，或在没有这种标记时，构建输出最后的有用行（调用方在退出码非零时使用）。
 */
export function summarizeBuildLog(output) {
  const lines = output.replace(ANSI, '').split(/\r?\n|\r/).map((l) => l.trimEnd())
  const warnings = lines.filter((l) => /^WARNING in /.test(l)).map((l) => l.replace(/^WARNING in /, '').trim())
  const errors = []
  lines.forEach((l, i) => {
    if (/^ERROR in |^\s*Error: |error TS\d+/.test(l)) errors.push(...lines.slice(i, i + 4).filter((x) => x.trim() !== ''))
  })
  const useful = lines.filter((l) => l.trim() !== '' && !NOISE.test(l))
  return { warnings, errors, tail: useful.slice(-20) }
}
