// npm run bench [-- --scale S,M,L|all] [--quick] [--duration 10] [--database-url postgresql://…] [--no-startup]
// Per scale: a fresh database with the scale's data (bench/bulk-load.ts), the app in this process (createApp() on a
// real HTTP server, SQL statements counted), a signed-in OPK session, then per endpoint the SQL statements per
// request, the latency at 1 connection and p50/p95/p99 and requests/s at 10 and 50 connections (bench/load.ts in a
// child process), the goal report against one hand-written SQL aggregate (bench/goal-progress.sql) and the action
// list against a bare Express 5 hello endpoint. Then the server's start-up time and the start page's JavaScript.
// Results are printed and merged into bench-results.json (per scale, so scales can be run separately).
// bench/run.ts sets the environment (LOG_LEVEL=silent, COUNT_QUERIES=true, NODE_ENV=production) before this loads.
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import os from 'node:os'
import { join, resolve } from 'node:path'
import express from 'express'
import { Client } from 'pg'
import { createApp } from '../backend/src/app'
import { createSession } from '../backend/src/auth/sessions'
import { connect, disconnect, queryCount } from '../backend/src/db/prisma'
import { freePort, startEmbeddedPostgres, type EmbeddedServer } from '../backend/src/db/embedded-postgres'
import { COOKIE } from '../backend/src/http/session'
import { loadProgressWorld } from '../backend/src/modules/progress/progress.loader'
import { coverage, implementationProgress, indicatorOutcomes } from '../backend/src/progress-model'
import { routes } from '../backend/src/routes'
import { parseArgs, parseScales } from './args'
import { loadScale } from './bulk-load'
import { postgresCpuMs, postmasterOf, processCpuMs } from './cpu'
import { frontendSize } from './frontend-size'
import { percentile, type LoadJob, type LoadResult } from './load'
import { LoadRunner } from './load-runner'
import {
  compareQueryCounts,
  evaluateTargets,
  printScale,
  printSummary,
  readResults,
  writeResults,
  type EndpointKey,
  type EndpointResult,
  type Results,
  type ScaleResult,
} from './report'
import { measureStartup, startupCommands } from './startup'
import { SPECS, type Scale } from './synthetic'

const RESULTS_FILE = resolve(__dirname, '../bench-results.json')
const GOAL_SQL = readFileSync(resolve(__dirname, 'goal-progress.sql'), 'utf8')
const CONNECTIONS = [10, 50]
/** a concurrency level is skipped when its requests would queue longer than this (slow endpoint × connections) */
const MAX_QUEUE_MS = 60_000
const DEMO_OPK = 'opk@demo.uppfoljning.se'

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))
const round = (n: number) => Math.round(n * 100) / 100

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; base: string }> {
  const server = createServer(handler)
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  return { server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}` }
}

async function close(server: Server) {
  server.closeAllConnections()
  await new Promise((done) => server.close(done))
}

interface Options {
  quick: boolean
  durationMs: number
  runner: LoadRunner
  helloUrl: string
  /** the PostgreSQL server runs on this machine (embedded): its CPU time can be read */
  local: boolean
}

/** A load run with the CPU time the app's process and PostgreSQL spent on it. */
async function measured(runner: LoadRunner, job: LoadJob, postmaster: number | null): Promise<LoadResult> {
  const app = processCpuMs()
  const pg = postgresCpuMs(postmaster)
  const started = performance.now()
  const run = await runner.run(job)
  const wall = performance.now() - started
  const appMs = processCpuMs() - app
  const pgMs = pg === null ? null : postgresCpuMs(postmaster)! - pg
  return {
    ...run,
    cpu: {
      appMsPerRequest: round(appMs / run.requests),
      postgresMsPerRequest: pgMs === null ? null : round(pgMs / run.requests),
      appShare: round(appMs / wall),
    },
  }
}

interface EndpointSpec {
  key: EndpointKey
  label: string
  /** the route's path in the route table */
  route: string
  path: (ids: ScaleResult['ids']) => string
}

const ENDPOINTS: EndpointSpec[] = [
  { key: 'plans', label: 'GET /implementation-plans', route: '/implementation-plans', path: () => '/implementation-plans' },
  {
    key: 'actions',
    label: 'GET /plan-actions?strategyId',
    route: '/plan-actions',
    path: (ids) => `/plan-actions?strategyId=${ids.strategyId}`,
  },
  { key: 'goals', label: 'GET /progress/goals', route: '/progress/goals', path: (ids) => `/progress/goals?periodId=${ids.periodId}` },
  {
    key: 'coverage',
    label: 'GET /progress/coverage',
    route: '/progress/coverage',
    path: (ids) => `/progress/coverage?periodId=${ids.periodId}`,
  },
  {
    key: 'organisation',
    label: 'GET /progress/organisations/:id',
    route: '/progress/organisations/:id',
    path: (ids) => `/progress/organisations/${ids.organisationId}?periodId=${ids.periodId}`,
  },
]

/** SQL statements the server sends for one request (the server runs in this process). */
async function queriesOf(url: string, headers: Record<string, string>): Promise<{ status: number; queries: number; body: string }> {
  const before = queryCount()
  const res = await fetch(url, { headers })
  const body = await res.text()
  return { status: res.status, queries: queryCount() - before, body }
}

/** p50 of the hand-written aggregate, run sequentially like the endpoint at 1 connection. */
async function timeGoalSql(url: string, periodId: number, durationMs: number) {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ goalId: number; progress: number | null; previous: number | null }>(GOAL_SQL, [periodId])
    await client.query(GOAL_SQL, [periodId])
    const times: number[] = []
    const start = performance.now()
    while (performance.now() - start < durationMs || times.length < 5) {
      const t = performance.now()
      await client.query(GOAL_SQL, [periodId])
      times.push(performance.now() - t)
    }
    times.sort((a, b) => a - b)
    return { rows, p50: round(percentile(times, 50)), runs: times.length }
  } finally {
    await client.end()
  }
}

/**
 * Where the goal report's time goes when it is computed afresh (a cache miss: the database changed), measured in this
 * process without HTTP: reading the period's rows (progress.loader.ts) and the progress model's figures the report
 * shows (implementation progress and coverage without any organisation's, outcomes).
 */
async function goalBreakdown(periodId: number, iterations: number): Promise<NonNullable<ScaleResult['goalBreakdown']>> {
  const loads: number[] = []
  const models: number[] = []
  const totals: number[] = []
  let rows = { actions: 0, followUps: 0 }
  for (let i = 0; i < iterations; i++) {
    let t = performance.now()
    const world = await loadProgressWorld(periodId)
    loads.push(performance.now() - t)
    t = performance.now()
    implementationProgress(world.input, periodId, { organisationIds: [] })
    coverage(world.input, periodId, { organisationIds: [] })
    indicatorOutcomes(world.input, periodId)
    models.push(performance.now() - t)
    totals.push(loads[i] + models[i])
    rows = { actions: world.input.actions.length, followUps: world.input.followUps.length }
  }
  const p50 = (xs: number[]) =>
    round(
      percentile(
        [...xs].sort((a, b) => a - b),
        50,
      ),
    )
  return { loadMs: p50(loads), modelMs: p50(models), coldMs: p50(totals), ...rows }
}

interface GoalFigure {
  goalId: number
  progress: { progress: number | null; previous: number | null }
  subGoals?: GoalFigure[]
}

/** The largest difference between the endpoint's goal figures and the aggregate's (null: not comparable). */
function compareGoalFigures(body: string, rows: { goalId: number; progress: number | null; previous: number | null }[]): number | null {
  try {
    const goals = (JSON.parse(body) as { goals: GoalFigure[] }).goals.flatMap((g) => [g, ...(g.subGoals ?? [])])
    let worst = 0
    for (const row of rows) {
      const goal = goals.find((g) => g.goalId === row.goalId)
      if (!goal) return Infinity
      for (const [a, b] of [
        [goal.progress.progress, row.progress],
        [goal.progress.previous, row.previous],
      ]) {
        if ((a === null) !== (b === null)) return Infinity
        if (a !== null && b !== null) worst = Math.max(worst, Math.abs(a - b))
      }
    }
    return goals.length === rows.length ? worst : Infinity
  } catch {
    return null
  }
}

async function benchScale(scale: Scale, serverUrl: string, options: Options): Promise<ScaleResult> {
  const { runner, durationMs } = options
  const singleMs = Math.min(durationMs, 5_000)
  const loadBefore = os.loadavg()[0]
  const name = `uppf_bench_${scale.toLowerCase()}`
  const admin = new Client({ connectionString: serverUrl })
  admin.on('error', (e) => console.error('admin connection:', e.message))
  await admin.connect()
  const postmaster = options.local ? postmasterOf((await admin.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid) : null
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${name}"`)
  const dbUrl = new URL(serverUrl)
  dbUrl.pathname = `/${name}`
  const url = dbUrl.toString()

  console.log(`\nScale ${scale}: ${SPECS[scale].description}: loading…`)
  const data = await loadScale(url, scale)
  console.log(`  loaded in ${data.seconds.total} s (rows ${data.seconds.write} s, VACUUM ANALYZE ${data.seconds.vacuumAnalyze} s)`)

  const client = new Client({ connectionString: url })
  client.on('error', () => {}) // the DROP DATABASE … WITH (FORCE) after a failure ends it
  await client.connect()
  const one = async (sql: string, params: unknown[] = []) => (await client.query<{ id: number }>(sql, params)).rows[0]?.id
  const strategyId = await one(`SELECT id FROM "Strategy" WHERE status = 'active' AND "archivedAt" IS NULL ORDER BY id DESC LIMIT 1`)
  const ids = {
    strategyId,
    periodId: await one(
      `SELECT id FROM "ReportingPeriod" WHERE "strategyId" = $1 AND "archivedAt" IS NULL ORDER BY "startsOn" DESC LIMIT 1`,
      [strategyId],
    ),
    organisationId: await one(`SELECT id FROM "Organisation" WHERE "municipalityCode" = '0127'`),
  }
  const userId = await one(`SELECT id FROM "User" WHERE email = $1`, [DEMO_OPK])
  await client.end()

  connect(url)
  const { server, base } = await listen(createApp())
  const result: ScaleResult = {
    scale,
    measuredAt: new Date().toISOString(),
    quick: options.quick,
    durationSeconds: durationMs / 1000,
    loadAverage: [loadBefore, 0],
    data,
    ids,
    sessionQueries: 0,
    endpoints: {} as ScaleResult['endpoints'],
    goalSql: { p50: NaN, runs: 0, matchesEndpoint: null, maxDifference: null },
    goalRatio: null,
    goalColdRatio: null,
    hello: {},
    frameworkRatio: {},
  }
  try {
    const session = await createSession(userId)
    const headers = { cookie: `${COOKIE}=${session.token}`, accept: 'application/json' }
    const api = (path: string) => `${base}/api/v1${path}`

    // SQL statements per request, each on a fresh session: a session's lastSeenAt is written (one statement more)
    // when its last request is over a minute old. The refresh goes around Prisma, so it is not counted.
    const freshSession = new Client({ connectionString: url })
    await freshSession.connect()
    // `changed`: first a write the audit records (the user's version), so that nothing computed before is reused
    // (progress answers are kept while the database's change counter stands still: db/changes.ts)
    const counted = async (path: string, changed = true) => {
      await freshSession.query(`UPDATE "Session" SET "lastSeenAt" = now()`)
      if (changed) await freshSession.query(`UPDATE "User" SET version = version + 1 WHERE id = $1`, [userId])
      const started = performance.now()
      return { ...(await queriesOf(api(path), headers)), ms: performance.now() - started }
    }
    result.sessionQueries = (await counted('/openapi.json')).queries
    let goalsBody = ''
    /** endpoints that take over 5 s a request are asked fewer times */
    const slow = new Set<EndpointKey>()
    for (const spec of ENDPOINTS) {
      const present = routes.some((r) => r.method === 'get' && r.path === spec.route)
      const entry: EndpointResult = { label: spec.label, path: spec.path(ids), present }
      result.endpoints[spec.key] = entry
      if (!present) continue
      const runs = [await counted(entry.path)]
      if (runs[0].ms > 5_000) slow.add(spec.key)
      else runs.push(await counted(entry.path), await counted(entry.path))
      entry.status = runs[0].status
      entry.queries = runs.map((r) => r.queries)
      entry.unchangedQueries = [(await counted(entry.path, false)).queries, (await counted(entry.path, false)).queries]
      if (spec.key === 'goals') goalsBody = runs[0].body
      if (entry.status !== 200) console.log(`  ${spec.label}: status ${entry.status}: ${runs[0].body.slice(0, 200)}`)
    }
    await freshSession.end()
    const live = ENDPOINTS.filter((spec) => result.endpoints[spec.key].present && result.endpoints[spec.key].status === 200)

    for (const spec of live) {
      const entry = result.endpoints[spec.key]
      entry.single = await measured(
        runner,
        { url: api(entry.path), headers, connections: 1, durationMs: singleMs, minRequests: slow.has(spec.key) ? 1 : 3 },
        postmaster,
      )
      const cpu = entry.single.cpu!
      console.log(
        `  ${spec.label}: ${entry.queries!.join('/')} SQL statements, ${entry.single.p50} ms at 1 connection (CPU per request: app ${cpu.appMsPerRequest} ms, PostgreSQL ${cpu.postgresMsPerRequest ?? '?'} ms)`,
      )
    }

    if (result.endpoints.goals.single) {
      result.goalBreakdown = await goalBreakdown(ids.periodId, result.endpoints.goals.single.p50 > 5_000 ? 1 : 3)
      console.log(
        `  goal report computed afresh: ${result.goalBreakdown.coldMs} ms (reading the rows ${result.goalBreakdown.loadMs} ms, the model ${result.goalBreakdown.modelMs} ms; ${result.goalBreakdown.followUps} follow-ups read)`,
      )
    }
    const sql = await timeGoalSql(url, ids.periodId, singleMs)
    const difference = goalsBody ? compareGoalFigures(goalsBody, sql.rows) : null
    result.goalSql = {
      p50: sql.p50,
      runs: sql.runs,
      matchesEndpoint: difference === null ? null : difference < 1e-9,
      maxDifference: difference,
    }
    const goalsSingle = result.endpoints.goals.single
    result.goalRatio = goalsSingle ? round(goalsSingle.p50 / sql.p50) : null
    result.goalColdRatio = result.goalBreakdown ? round(result.goalBreakdown.coldMs / sql.p50) : null
    console.log(
      `  goal figures in one SQL aggregate: ${sql.p50} ms${result.goalRatio !== null ? ` (the endpoint takes ${result.goalRatio} ×; computed afresh ${result.goalColdRatio} ×)` : ''}`,
    )

    for (const connections of CONNECTIONS) {
      await sleep(300)
      result.hello[String(connections)] = await measured(
        runner,
        { url: options.helloUrl, headers: {}, connections, durationMs },
        postmaster,
      )
    }
    for (const spec of live) {
      const entry = result.endpoints[spec.key]
      entry.load = {}
      for (const connections of CONNECTIONS) {
        const queueMs = entry.single!.p50 * connections
        if (queueMs > MAX_QUEUE_MS) {
          entry.load[String(connections)] =
            `skipped (${Math.round(entry.single!.p50)} ms a request: ~${Math.round(queueMs / 1000)} s queue)`
          continue
        }
        await sleep(300)
        const run = await measured(runner, { url: api(entry.path), headers, connections, durationMs }, postmaster)
        entry.load[String(connections)] = run
        const failures = Object.entries(run.statuses).filter(([status]) => !status.startsWith('2'))
        console.log(
          `  ${spec.label} at ${connections} connections: p50 ${run.p50}, p95 ${run.p95}, p99 ${run.p99} ms, ${run.rps} req/s${failures.length ? `; failed: ${failures.map(([status, n]) => `${n} × ${status}`).join(', ')} (${run.firstError})` : ''}`,
        )
      }
    }
    const actions = result.endpoints.actions.load
    for (const connections of CONNECTIONS) {
      const a = actions?.[String(connections)]
      const hello = result.hello[String(connections)]
      if (typeof a === 'object' && hello) result.frameworkRatio[String(connections)] = Math.round((a.rps / hello.rps) * 10_000) / 10_000
    }
  } catch (error) {
    console.error(`Scale ${scale} failed:`, error) // before the clean-up below ends connections
    throw error
  } finally {
    await close(server)
    await disconnect()
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {})
    await admin.end()
  }
  result.loadAverage[1] = os.loadavg()[0]
  return result
}

async function machine(serverUrl: string) {
  const client = new Client({ connectionString: serverUrl })
  await client.connect()
  const { rows } = await client.query<{ version: string; shared_buffers: string; work_mem: string; jit: string; jit_available: boolean }>(
    `SELECT version(), current_setting('shared_buffers') AS shared_buffers, current_setting('work_mem') AS work_mem, current_setting('jit') AS jit, pg_jit_available() AS jit_available`,
  )
  await client.end()
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    postgres: rows[0],
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const scales = parseScales(args.get('scale'), ['S', 'M'])
  const quick = args.get('quick') === true
  const durationMs = (Number(args.get('duration')) || (quick ? 3 : 10)) * 1000
  let serverUrl = typeof args.get('database-url') === 'string' ? (args.get('database-url') as string) : process.env.DATABASE_URL
  let embedded: EmbeddedServer | undefined
  if (!serverUrl) {
    const dir = mkdtempSync(join(os.tmpdir(), 'uppf-bench-pg-'))
    embedded = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: false })
    serverUrl = embedded.url()
  }
  const runner = new LoadRunner()
  const helloApp = express()
  helloApp.get('/hello', (_req, res) => {
    res.send('hello')
  })
  const hello = await listen(helloApp)
  const results: Results = readResults(RESULTS_FILE) ?? { machine: {}, scales: {} }
  results.machine = await machine(serverUrl)
  console.log(
    `Benchmark on ${results.machine.cores} cores (${results.machine.cpu}), Node ${process.version}, ${embedded ? 'embedded' : 'given'} PostgreSQL; ${durationMs / 1000} s per measurement`,
  )
  try {
    for (const scale of scales) {
      results.scales[scale] = await benchScale(scale, serverUrl, {
        quick,
        durationMs,
        runner,
        helloUrl: `${hello.base}/hello`,
        local: embedded !== undefined,
      })
      results.queryCounts = compareQueryCounts(results)
      results.targets = evaluateTargets(results)
      writeResults(RESULTS_FILE, results)
      printScale(results.scales[scale]!)
    }
    if (args.get('no-startup') !== true) {
      console.log('\nStart-up time…')
      results.startup = { measuredAt: new Date().toISOString(), results: [] }
      for (const command of startupCommands()) results.startup.results.push(await measureStartup(command.label, command.args))
    }
    results.frontend = { ...frontendSize(), measuredAt: new Date().toISOString() }
    results.queryCounts = compareQueryCounts(results)
    results.targets = evaluateTargets(results)
    writeResults(RESULTS_FILE, results)
    for (const scale of ['S', 'M', 'L'] as const)
      if (results.scales[scale] && !scales.includes(scale))
        console.log(`\n(scale ${scale} from an earlier run, ${results.scales[scale]!.measuredAt})`)
    if (!results.queryCounts.same)
      console.log(`\nSQL statements per request differ between scales: ${results.queryCounts.differences.join('; ')}`)
    printSummary(results)
    console.log(`\nWritten to ${RESULTS_FILE}`)
  } finally {
    runner.stop()
    await close(hello.server)
    await embedded?.stop()
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exit(1)
})
