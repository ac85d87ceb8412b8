// `npm run lighthouse`: Lighthouse (mobile defaults: a mid-range phone on slow 4G, simulated) in Debian's Chromium
// against the built app with its own embedded PostgreSQL and the demo data, for the three pages the web-app issue
// names: the sign-in page, Måluppfyllelse (signed in as a coordinator) and a public Lägesrapport (made and approved
// through the API first). Prints each category's score and fails below the targets; the figures go in
// docs/benchmarks.md. Lighthouse's reports are written to lighthouse-results/ (ignored by git).
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { Secret, TOTP } from 'otpauth'
import { Client, DEMO_PASSWORD, must } from '../../resilience/support/client'
import { freePort, startApp, tempDir } from '../../resilience/support/server'

const ROOT = resolve(__dirname, '../..')
const OUT = join(ROOT, 'lighthouse-results')
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'

/** The issue's targets, per category (0–100). */
const TARGETS = { performance: 90, accessibility: 100, 'best-practices': 100 } as const
type Category = keyof typeof TARGETS

const OPK = 'opk@demo.uppfoljning.se'
const OPK_TOTP_SECRET = 'JBSWY3DPEHPK3PXP' // the demo account's (README.md)
const STEERING_GROUP = 'styrgrupp@demo.uppfoljning.se'
const COORDINATOR = 'botkyrka@demo.uppfoljning.se'

async function signInWithCode(base: string): Promise<Client> {
  const client = new Client(base)
  client.csrf = (await must(client.post('/auth/login', { email: OPK, password: DEMO_PASSWORD }), 'OPK password step')).csrfToken
  const code = new TOTP({ secret: Secret.fromBase32(OPK_TOTP_SECRET) }).generate()
  await must(client.post('/auth/totp/verify', { code }), 'OPK code step')
  client.csrf = (await must(client.get('/auth/session'), 'session')).csrfToken
  return client
}

/** An approved (public) Lägesrapport of the latest closed period: created by OPK staff, approved by the steering group. */
async function publicReport(base: string): Promise<number> {
  const opk = await signInWithCode(base)
  const strategies = await must(opk.get('/strategies?status=active'), 'strategies')
  const periods = await must(opk.get(`/reporting-periods?strategyId=${strategies.items[0].id}&pageSize=100`), 'periods')
  const closed = periods.items
    .filter((p: { status: string }) => p.status === 'closed')
    .sort((a: { startsOn: string }, b: { startsOn: string }) => b.startsOn.localeCompare(a.startsOn))[0]
  const created = await must(opk.post('/reports', { periodId: closed.id, title: `Lägesrapport ${closed.name}` }), 'create report', 201)
  const written = await must(
    opk.patch(`/reports/${created.id}`, { version: created.version, summary: `Sammanfattning av arbetet under ${closed.name}.` }),
    'write summary',
  )
  const steering = await Client.signIn(base, STEERING_GROUP)
  await must(steering.post(`/reports/${created.id}/approve`, { version: written.version }), 'approve report')
  return created.id
}

const run = promisify(execFile)

async function lighthouse(url: string, name: string, cookie?: string): Promise<Record<Category, number>> {
  const output = join(OUT, `${name}.json`)
  const args = [
    join(ROOT, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    `--only-categories=${Object.keys(TARGETS).join(',')}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ]
  await run(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 })
  const report = JSON.parse(readFileSync(output, 'utf8'))
  const scores = Object.fromEntries(Object.keys(TARGETS).map((id) => [id, Math.round(report.categories[id].score * 100)])) as Record<
    Category,
    number
  >
  const failed = Object.values(report.audits as Record<string, { score: number | null; title: string; scoreDisplayMode: string }>)
    .filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual',
    )
    .map((audit) => audit.title)
  const metrics = report.audits
  console.log(
    `${name.padEnd(18)} ${Object.entries(scores)
      .map(([id, score]) => `${id} ${score}`)
      .join(' · ')}` +
      ` | LCP ${metrics['largest-contentful-paint'].displayValue} · TBT ${metrics['total-blocking-time'].displayValue} · CLS ${metrics['cumulative-layout-shift'].displayValue}`,
  )
  if (failed.length) console.log(`${''.padEnd(18)} not passed: ${failed.join('; ')}`)
  return scores
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  const data = tempDir('lighthouse')
  const app = await startApp({ DATA_DIR: data.path, EMBEDDED_PG_PORT: String(await freePort()), DEMO_DATA: 'true' })
  try {
    const reportId = await publicReport(app.url)
    const coordinator = await Client.signIn(app.url, COORDINATOR)
    console.log(
      `Lighthouse ${JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version}, mobile defaults, ${CHROME}`,
    )
    const results = [
      await lighthouse(`${app.url}/logga-in`, 'inloggning'),
      await lighthouse(`${app.url}/resultat`, 'maluppfyllelse', coordinator.cookie),
      await lighthouse(`${app.url}/lagesrapporter/${reportId}`, 'lagesrapport'),
    ]
    const misses = results.flatMap((scores) => (Object.keys(TARGETS) as Category[]).filter((id) => scores[id] < TARGETS[id]))
    if (misses.length) {
      console.error(
        `Below target (${Object.entries(TARGETS)
          .map(([id, target]) => `${id} ≥ ${target}`)
          .join(', ')}): ${misses.length} score(s)`,
      )
      process.exitCode = 1
    }
  } finally {
    await app.stop()
    data.remove()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
