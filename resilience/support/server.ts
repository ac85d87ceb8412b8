// The app as a real child process: `node -r tsx/cjs backend/src/server.ts`, i.e. the sources as they are (the
// contract from contract/src through backend/tsconfig.test.json's paths), never a possibly stale build.
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export { freePort } from '../../backend/src/db/embedded-postgres'

const ROOT = resolve(__dirname, '../..')
export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

export interface TempDir {
  path: string
  remove(): void
}

/** A fresh directory that the `postgres` user can enter (embedded PostgreSQL runs as that user under root). */
export function tempDir(name: string): TempDir {
  const path = mkdtempSync(join(tmpdir(), `uppf-${name}-`))
  chmodSync(path, 0o755)
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

export interface AppProcess {
  readonly pid: number
  /** http://127.0.0.1:<the port the app chose> */
  readonly url: string
  /** the last 5 000 lines the process wrote (stdout and stderr), for failure messages */
  output(): string
  /** SIGKILL: no shutdown at all */
  kill(): Promise<void>
  /** SIGTERM and wait for the exit (SIGKILL after 10 s) */
  stop(): Promise<void>
  exited: Promise<number | null>
}

/**
 * Starts the app with `env` on top of a quiet production-like environment (and `nodeArgs` for node) on a port
 * of its own choosing (PORT=0: no window in which another process can take a port picked beforehand; the port
 * is read from the start-up line), then waits until GET /api/v1/health answers 200 (at most `timeoutMs`).
 */
export async function startApp(env: Record<string, string>, { nodeArgs = [] as string[], timeoutMs = 60_000 } = {}): Promise<AppProcess> {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '-r', 'tsx/cjs', 'backend/src/server.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      TSX_TSCONFIG_PATH: 'backend/tsconfig.test.json',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  let url = ''
  let head = '' // the output until the start-up line names the port
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8')
    if (!url) {
      head += text
      const port = head.match(/körs på http:\/\/localhost:(\d+)/)?.[1]
      if (port) url = `http://127.0.0.1:${port}`
    }
    lines.push(...text.split('\n').filter(Boolean))
    if (lines.length > 5000) lines.splice(0, lines.length - 5000)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const exited = new Promise<number | null>((done) =>
    child.once('exit', (code, signal) => {
      lines.push(`(exited with ${signal ?? `code ${code}`})`)
      done(code)
    }),
  )
  let gone = false
  void exited.then(() => (gone = true))
  const app: AppProcess = {
    pid: child.pid!,
    get url() {
      return url
    },
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
      if (url && (await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(2_000) })).status === 200) return app
    } catch {
      // not answering yet
    }
    await sleep(100)
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

export interface PostgresProcess {
  url(database?: string): string
  /** SIGTERM: PostgreSQL's fast shutdown (open connections are terminated); resolves once it is down */
  stop(): Promise<void>
}

/** An embedded PostgreSQL with its data in `dir` (kept between starts), run by support/run-postgres.ts. */
export async function startPostgres(dir: string, port: number): Promise<PostgresProcess> {
  const child = spawn(process.execPath, ['-r', 'tsx/cjs', 'resilience/support/run-postgres.ts', dir, String(port)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`PostgreSQL did not start within 60 s:\n${output}`)), 60_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk
      if (output.includes('ready')) {
        clearTimeout(timer)
        ready()
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk))
    void exited.then(() => {
      clearTimeout(timer)
      fail(new Error(`PostgreSQL exited during start-up:\n${output}`))
    })
  })
  return {
    url: (database = 'postgres') => `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** CPU time a process has used so far, in seconds (utime + stime from /proc/<pid>/stat, 100 ticks a second). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}
