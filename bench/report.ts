// bench-results.json (results per scale, merged across runs so that S, M and L can be measured separately), the
// targets (PASS/MISS) and the printed tables.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { LoadResult } from './load'
import type { LoadReport } from './bulk-load'
import type { StartupResult } from './startup'
import type { FrontendSize } from './frontend-size'
import { SCALES, type Scale } from './synthetic'

export type EndpointKey = 'plans' | 'actions' | 'goals' | 'coverage' | 'organisation'

export interface EndpointResult {
  label: string
  path: string
  /** false: the route does not exist (yet) */
  present: boolean
  status?: number
  /** SQL statements per request (the session lookup included), each of three requests, each after a write (nothing cached) */
  queries?: number[]
  /** the same for two requests while the database is unchanged (progress answers come from the cache) */
  unchangedQueries?: number[]
  /** latency at 1 connection (its p50 is the server time) */
  single?: LoadResult
  /** by number of connections; a string says why the level was skipped */
  load?: Record<string, LoadResult | string>
}

export interface ScaleResult {
  scale: Scale
  measuredAt: string
  quick: boolean
  durationSeconds: number
  /** the machine's load average (1 min) before and after the scale's measurements: others share the 2 cores */
  loadAverage: [number, number]
  data: LoadReport
  ids: { strategyId: number; periodId: number; organisationId: number }
  /** SQL statements of a signed-in request that reads nothing (GET /openapi.json): the session lookup */
  sessionQueries: number
  endpoints: Record<EndpointKey, EndpointResult>
  /** the hand-written aggregate (bench/goal-progress.sql) */
  goalSql: { p50: number; runs: number; matchesEndpoint: boolean | null; maxDifference: number | null }
  /** the goal report's parts, in process: reading the rows, the progress model (p50 ms), and how many rows it read */
  goalBreakdown?: { loadMs: number; modelMs: number; coldMs: number; actions: number; followUps: number }
  /** GET /progress/goals p50 at 1 connection ÷ the aggregate's p50 (as served: from the cache while nothing changes) */
  goalRatio: number | null
  /** the goal report computed afresh (goalBreakdown.coldMs, no HTTP) ÷ the aggregate's p50 */
  goalColdRatio?: number | null
  /** a bare Express 5 hello endpoint in the same process */
  hello: Record<string, LoadResult>
  /** action-list requests/s ÷ hello requests/s, by connections */
  frameworkRatio: Record<string, number>
}

export interface Results {
  machine: Record<string, unknown>
  scales: Partial<Record<Scale, ScaleResult>>
  startup?: { measuredAt: string; results: StartupResult[] }
  frontend?: FrontendSize & { measuredAt: string }
  targets?: Target[]
  queryCounts?: { same: boolean; differences: string[] }
}

export interface Target {
  name: string
  value: string
  verdict: 'PASS' | 'MISS' | 'n/a'
}

export function readResults(file: string): Results | null {
  if (!existsSync(file)) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Results
  } catch {
    return null
  }
}

export function writeResults(file: string, results: Results) {
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n')
}

const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(1) : String(Math.round(n)))
const load = (r: EndpointResult, c: number) => r.load?.[String(c)]

/** Whether every endpoint sends the same number of SQL statements at every scale measured. */
export function compareQueryCounts(results: Results): { same: boolean; differences: string[] } {
  const differences: string[] = []
  const keys = new Set(Object.values(results.scales).flatMap((s) => Object.keys(s!.endpoints))) as Set<EndpointKey>
  for (const key of keys) {
    for (const kind of ['queries', 'unchangedQueries'] as const) {
      const seen = SCALES.flatMap((scale) => {
        const queries = results.scales[scale]?.endpoints[key]?.[kind]
        return queries ? [{ scale, queries: [...new Set(queries)] }] : []
      })
      const values = new Set(seen.flatMap((s) => s.queries))
      if (values.size > 1)
        differences.push(
          `${key}${kind === 'unchangedQueries' ? ' (database unchanged)' : ''}: ${seen.map((s) => `${s.scale} ${s.queries.join('/')}`).join(', ')}`,
        )
    }
  }
  return { same: differences.length === 0, differences }
}

export function evaluateTargets(results: Results): Target[] {
  const targets: Target[] = []
  const verdict = (ok: boolean | null): Target['verdict'] => (ok === null ? 'n/a' : ok ? 'PASS' : 'MISS')
  for (const [scale, limit] of [
    ['M', 150],
    ['L', 500],
  ] as const) {
    const goals = results.scales[scale]?.endpoints.goals
    const at10 = goals ? load(goals, 10) : undefined
    const p95 = typeof at10 === 'object' ? at10.p95 : undefined
    targets.push({
      name: `goal report (GET /progress/goals) p95 ≤ ${limit} ms at ${scale}, 10 connections`,
      value: !results.scales[scale]
        ? 'not measured'
        : !goals?.present
          ? 'not yet (no route)'
          : p95 === undefined
            ? typeof at10 === 'string'
              ? at10
              : 'not measured'
            : `${ms(p95)} ms`,
      verdict: verdict(p95 === undefined ? (typeof at10 === 'string' ? false : null) : p95 <= limit),
    })
  }
  for (const scale of ['M', 'L'] as const) {
    const ratio = results.scales[scale]?.goalRatio
    targets.push({
      name: `goal report server time ≤ 2 × one SQL aggregate at ${scale} (as served; cached while nothing changes)`,
      value: ratio == null ? (results.scales[scale] ? 'not yet (no route)' : 'not measured') : `${ratio.toFixed(1)} ×`,
      verdict: verdict(ratio == null ? null : ratio <= 2),
    })
    const cold = results.scales[scale]?.goalColdRatio
    targets.push({
      name: `goal report computed afresh (after a change) ≤ 2 × one SQL aggregate at ${scale}`,
      value: cold == null ? 'not measured' : `${cold.toFixed(1)} ×`,
      verdict: verdict(cold == null ? null : cold <= 2),
    })
  }
  for (const key of ['plans', 'actions'] as const) {
    const r = results.scales.M?.endpoints[key]
    const at50 = r ? load(r, 50) : undefined
    const p99 = typeof at50 === 'object' ? at50.p99 : undefined
    targets.push({
      name: `${key === 'plans' ? 'plan list' : 'action list'} p99 ≤ 50 ms at M, 50 connections`,
      value: p99 === undefined ? 'not measured' : `${ms(p99)} ms`,
      verdict: verdict(p99 === undefined ? null : p99 <= 50),
    })
  }
  const counts = compareQueryCounts(results)
  const measured = SCALES.filter((s) => results.scales[s])
  targets.push({
    name: `SQL statements per request the same at every scale (${measured.join(', ')})`,
    value: counts.same ? 'same' : counts.differences.join('; '),
    verdict: verdict(measured.length < 2 ? null : counts.same),
  })
  return targets
}

export function printScale(r: ScaleResult) {
  const rows = [
    ['endpoint', 'SQL/req', 'CPU ms/req app+pg', '1 conn p50', '10 conn p50/p95/p99', 'req/s', '50 conn p50/p95/p99', 'req/s', 'errors'],
  ]
  const cpuOf = (x: LoadResult | string | undefined) =>
    typeof x === 'object' && x.cpu
      ? `${ms(x.cpu.appMsPerRequest)}+${x.cpu.postgresMsPerRequest === null ? '?' : ms(x.cpu.postgresMsPerRequest)}`
      : '–'
  const cell = (x: LoadResult | string | undefined) =>
    x === undefined ? ['–', '–'] : typeof x === 'string' ? [x, '–'] : [`${ms(x.p50)}/${ms(x.p95)}/${ms(x.p99)}`, String(Math.round(x.rps))]
  for (const e of Object.values(r.endpoints)) {
    if (!e.present) {
      rows.push([e.label, 'not yet', '', '', '', '', '', '', ''])
      continue
    }
    const errors = [e.single, load(e, 10), load(e, 50)].reduce((sum, x) => sum + (typeof x === 'object' ? x.errors : 0), 0)
    const unchanged = e.unchangedQueries ? ` (${[...new Set(e.unchangedQueries)].join('/')})` : ''
    rows.push([
      e.label,
      e.queries ? [...new Set(e.queries)].join('/') + unchanged : '–',
      cpuOf(e.single),
      ms(e.single?.p50),
      ...cell(load(e, 10)),
      ...cell(load(e, 50)),
      String(errors),
    ])
  }
  rows.push([
    'bare Express 5 hello',
    '0',
    cpuOf(r.hello['10']),
    '–',
    ...cell(r.hello['10']),
    ...cell(r.hello['50']),
    String((r.hello['10']?.errors ?? 0) + (r.hello['50']?.errors ?? 0)),
  ])
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
  const counts = r.data.counts
  console.log(
    `\n== Scale ${r.scale}${r.quick ? ' (quick)' : ''}: ${counts.PlanAction ?? counts.actions} actions, ${counts.FollowUp ?? counts.followUps} follow-ups; loaded in ${r.data.seconds.total} s; load average ${r.loadAverage.map((l) => l.toFixed(1)).join(' → ')}`,
  )
  for (const row of rows) console.log('  ' + row.map((c, i) => c.padEnd(widths[i])).join('  '))
  const share = r.hello['10']?.cpu?.appShare
  console.log(
    `  latency in ms; ${r.durationSeconds} s per level; SQL/req after a write (in brackets: while the database is unchanged); the session lookup is ${r.sessionQueries} of them; CPU per request at 1 connection (hello: at 10)`,
  )
  if (share !== undefined)
    console.log(
      `  the app's process got ${Math.round(share * 100)} % of a core while the hello endpoint was loaded (an idle machine gives it about 100 %)`,
    )
  const sql = r.goalSql
  if (r.goalRatio !== null)
    console.log(
      `  goal report ${ms(r.endpoints.goals.single?.p50)} ms vs one SQL aggregate ${ms(sql.p50)} ms: ${r.goalRatio.toFixed(1)} × (figures ${sql.matchesEndpoint ? 'match' : `differ by up to ${sql.maxDifference}`})`,
    )
  else console.log(`  one SQL aggregate of the goal figures: ${ms(sql.p50)} ms (no goal endpoint to compare with)`)
  const b = r.goalBreakdown
  if (b)
    console.log(
      `  goal report computed afresh: ${ms(b.coldMs)} ms (${r.goalColdRatio?.toFixed(1) ?? '–'} × the aggregate): reading ${b.actions} actions and ${b.followUps} follow-ups ${ms(b.loadMs)} ms, the progress model ${ms(b.modelMs)} ms`,
    )
  console.log(
    `  action list ÷ bare Express: ${Object.entries(r.frameworkRatio)
      .map(([c, x]) => `${(x * 100).toFixed(1)} % at ${c} connections`)
      .join(', ')}`,
  )
}

export function printSummary(results: Results) {
  if (results.startup)
    for (const s of results.startup.results)
      console.log(
        `\nStart-up (${s.command}): ${s.error ? `failed: ${s.error}` : `${s.secondMs} ms to /health 200 on an existing database (first start with initdb + demo data: ${s.firstMs} ms)`}`,
      )
  const f = results.frontend
  if (f)
    console.log(
      `Start page JavaScript: ${f.built ? `${(f.gzipBytes! / 1024).toFixed(1)} kB gzip (${(f.bytes! / 1024).toFixed(1)} kB) in ${f.files!.length} files, built ${f.builtAt}` : 'not built (npm run build)'}`,
    )
  console.log('\nTargets')
  for (const t of results.targets ?? []) console.log(`  ${t.verdict.padEnd(4)}  ${t.name}: ${t.value}`)
}
