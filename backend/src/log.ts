// Structured JSON logs on stdout/stderr. Never log passwords, session ids, tokens or rejected free text.
import { config } from './config'

type Fields = Record<string, unknown>
const write = (level: 'info' | 'error', message: string, fields: Fields = {}) => {
  if (config.LOG_LEVEL === 'silent' || (config.LOG_LEVEL === 'error' && level === 'info')) return
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })
  ;(level === 'error' ? process.stderr : process.stdout).write(line + '\n')
}

export const log = {
  info: (message: string, fields?: Fields) => write('info', message, fields),
  error: (message: string, fields?: Fields) => write('error', message, fields),
}
