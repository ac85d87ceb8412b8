// Start-up time of the server on an existing embedded database: the server is started twice on the same DATA_DIR
// (the first start initialises PostgreSQL, migrates and loads the demo data); the second start is timed from spawn to
// the first 200 from /api/v1/health.
import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { freePort } from '../backend/src/db/embedded-postgres'

export interface StartupResult {
  command: string
  /** the first start: initdb, migrations, demo data */
  firstMs: number | null
  /** the start on the existing database */
  secondMs: number | null
  error?: string
}

const ROOT = resolve(__dirname, '..')
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

async function healthy(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`)
    await res.arrayBuffer()
    return res.status === 200
  } catch {
    return false
  }
}

/** Spawns the server, waits for /health 200 (at most two minutes), stops it with SIGTERM; returns ms to healthy. */
async function startOnce(args: string[], dataDir: string): Promise<number> {
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(await freePort()),
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    COUNT_QUERIES: 'false',
  }
  delete env.DATABASE_URL
  delete env.DEMO_DATA
  const started = performance.now()
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  let exitCode: number | null | undefined
  void exited.then((code) => (exitCode = code))
  try {
    while (performance.now() - started < 120_000) {
      if (exitCode !== undefined) throw new Error(`the server exited (${exitCode}): ${stderr.trim().split('\n').slice(-3).join(' ')}`)
      if (await healthy(port)) return Math.round(performance.now() - started)
      await sleep(10)
    }
    throw new Error('no /health 200 within two minutes')
  } finally {
    if (exitCode === undefined) {
      child.kill('SIGTERM')
      await exited
    }
  }
}

export async function measureStartup(label: string, args: string[]): Promise<StartupResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'uppf-bench-start-'))
  chmodSync(dataDir, 0o755) // as root, PostgreSQL runs as `postgres` and must reach DATA_DIR/pg
  const result: StartupResult = { command: label, firstMs: null, secondMs: null }
  try {
    result.firstMs = await startOnce(args, dataDir)
    result.secondMs = await startOnce(args, dataDir)
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
  return result
}

/** The commands to time: the TypeScript sources through tsx, and the compiled server when backend/dist exists. */
export function startupCommands(): { label: string; args: string[] }[] {
  return [
    // the contract from its sources, as in the benchmark (contract/dist may predate it)
    {
      label: 'node -r tsx/cjs backend/src/server.ts',
      args: ['-r', 'tsx/cjs', '-r', './bench/contract-source.ts', 'backend/src/server.ts'],
    },
    ...(existsSync(join(ROOT, 'backend/dist/server.js'))
      ? [{ label: 'node backend/dist/server.js', args: ['backend/dist/server.js'] }]
      : []),
  ]
}
