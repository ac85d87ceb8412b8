// The app as a real child process: `node -r tsx/cjs backend/src/server.ts`, i.e. the sources as they are (the
// contract from contract/src through backend/tsconfig.test.json's paths), never a possibly stale build.
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export { freePort } from '../../backend/src/db/embedded-postgres'

const ROOT = resolve(__dirname, '../..')
export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/** A fresh directory that the `postgres` user can enter (embedded PostgreSQL runs as that user under root). */
export function tempDir(name: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `uppf-${name}-`))
  chmodSync(path, 0o755)
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

export interface AppProcess {
  readonly pid: number
  readonly url: string
  /** the last lines the process wrote (stdout and stderr), for failure messages */
  output(): string
  /** SIGKILL: no shutdown at all */
  kill(): Promise<void>
  /** SIGTERM and wait for the exit (SIGKILL after 10 s) */
  stop(): Promise<void>
  exited: Promise<number | null>
}

/**
 * Starts the app on `port` with `env` on top of a quiet production-like environment and waits until
 * GET /api/v1/health answers 200 (at most `timeoutMs`).
 */
export async function startApp(port: number, env: Record<string, string>, timeoutMs = 60_000): Promise<AppProcess> {
  const child: ChildProcess = spawn(process.execPath, ['-r', 'tsx/cjs', 'backend/src/server.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      TSX_TSCONFIG_PATH: 'backend/tsconfig.test.json',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
    if (lines.length > 200) lines.splice(0, lines.length - 200)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  let gone = false
  void exited.then(() => (gone = true))
  const url = `http://127.0.0.1:${port}`
  const app: AppProcess = {
    pid: child.pid!,
    url,
    output: () => lines.join('\n'),
    exited,
    kill: async () => {
      if (!gone) child.kill('SIGKILL')
      await exited
    },
    stop: async () => {
      if (gone) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (gone) throw new Error(`The app exited during start-up:\n${app.output()}`)
    try {
      const res = await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(2_000) })
      if (res.status === 200) return app
    } catch {
      // not listening yet
    }
    await sleep(200)
  }
  await app.kill()
  throw new Error(`The app did not become healthy within ${timeoutMs} ms:\n${app.output()}`)
}

/** Resident memory of a process in MB (VmRSS from /proc/<pid>/status). */
export function rssMb(pid: number): number {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m)
  if (!match) throw new Error(`No VmRSS for process ${pid}`)
  return Number(match[1]) / 1024
}
