/** pino options: the openid, the token and the AppSecret never reach a log line. */
import type { LoggerOptions } from 'pino'

export const redactPaths = [
  'req.headers.authorization',
  'openid', '*.openid', 'touser', '*.touser',
  'secret', '*.secret', 'WX_SECRET', '*.WX_SECRET',
  'token', '*.token',
]

export function loggerOptions(level: string): LoggerOptions {
  return { level, redact: { paths: redactPaths, censor: '[redacted]' } }
}
