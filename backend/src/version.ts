// The application's version, from the root package.json.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const appVersion: string = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).version ?? '0.0.0'
