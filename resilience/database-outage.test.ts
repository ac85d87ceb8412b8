// Scenario 2: PostgreSQL stops for a few seconds under a steady stream of reads and writes, then starts again.
// During the outage every answer is a quick 503 problem (never a 500, never a hang); afterwards the app
// recovers by itself, and every write it acknowledged is in the database exactly once (a Jepsen "set" check).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Prisma } from '../backend/src/db/prisma'
import { errorHandler } from '../backend/src/http/problem'
import { Client, type Answer } from './support/client'
import { actionsWithLinks, demoContext, some, sql } from './support/demo'
import { freePort, sleep, startApp, startPostgres, tempDir, type AppProcess, type PostgresProcess, type TempDir } from './support/server'

const OUTAGE_MS = 4_000
const BEFORE_MS = 3_000
const AFTER_MS = 3_000
/** no answer may take longer than this, outage or not (the client gives up at 10 s) */
const SLOWEST_MS = 8_000
const PREFIX = 'outage-'

interface Logged {
  at: number
  kind: 'write' | 'read' | 'health'
  status: number
  problem?: string
  ms: number
  title?: string
  error?: string
  /** the problem's detail when it was not a 503 (a 500's names the log reference) */
  detail?: string
}

describe('PostgreSQL stopped for a few seconds under load', () => {
  let dir: TempDir | undefined
  let pg: PostgresProcess | undefined
  let app: AppProcess | undefined

  afterAll(async () => {
    await app?.stop()
    await pg?.stop()
    dir?.remove()
  })

  it('answers 503 during the outage, recovers by itself and keeps every acknowledged write', async () => {
    dir = tempDir('outage')
    const pgDir = join(dir.path, 'pg')
    mkdirSync(pgDir)
    const pgPort = await freePort()
    const startDatabase = () => startPostgres(pgDir, pgPort)
    pg = await startDatabase()
    const databaseUrl = pg.url()
    app = await startApp({ DATABASE_URL: databaseUrl, DEMO_DATA: 'true' })
    const client = await Client.signIn(app.url)
    const ctx = await demoContext(client)

    const log: Logged[] = []
    const t0 = performance.now()
    const now = () => performance.now() - t0
    const record = (kind: Logged['kind'], a: Answer, title?: string) =>
      log.push({
        at: now(),
        kind,
        status: a.status,
        problem: a.type.includes('problem+json') ? a.body?.type : undefined,
        ms: a.ms,
        title,
        error: a.error,
        detail: a.status !== 503 ? a.body?.detail : undefined,
      })

    let running = true
    const writer = async (w: number) => {
      for (let n = 0; running; n++) {
        const title = `${PREFIX}${w}-${n}`
        record(
          'write',
          await client.post(`/implementation-plans/${ctx.planId}/actions`, {
            title,
            measureIds: some(ctx.measureIds, 2, w + n),
            coOwnerIds: some(ctx.coOwnerIds, 1, w + n),
          }),
          title,
        )
        await sleep(25)
      }
    }
    const reader = async (r: number) => {
      for (let n = 0; running; n++) {
        const path = [
          `/implementation-plans/${ctx.planId}/actions?pageSize=10`,
          `/follow-ups?pageSize=10&organisationId=${ctx.organisationId}`,
          `/plan-actions?pageSize=5&page=${1 + (n % 5)}`,
        ][(r + n) % 3]
        record('read', await client.get(path))
        await sleep(25)
      }
    }
    let healthyAgainAt: number | undefined
    const outage = { stopping: 0, stopped: 0, starting: 0, started: 0 }
    const health = async () => {
      while (running) {
        const a = await client.get('/health')
        record('health', a)
        if (a.status === 200 && outage.started && healthyAgainAt === undefined) healthyAgainAt = now()
        await sleep(100)
      }
    }
    const load = [...[0, 1, 2, 3].map(writer), ...[0, 1, 2, 3].map(reader), health()]

    await sleep(BEFORE_MS)
    outage.stopping = now()
    await pg.stop() // PostgreSQL's fast shutdown: open connections are terminated
    outage.stopped = now()
    await sleep(OUTAGE_MS)
    outage.starting = now()
    pg = await startDatabase()
    outage.started = now()
    const deadline = now() + 15_000
    while (healthyAgainAt === undefined && now() < deadline) await sleep(50)
    await sleep(AFTER_MS)
    running = false
    await Promise.all(load)

    // the app never restarted
    const state = await Promise.race([app.exited.then((code) => `exited (${code})`), sleep(0).then(() => 'running')])
    if (state !== 'running')
      console.log(`the app ${state}; its last lines:\n${app.output().split('\n').slice(-80).join('\n').slice(-5000)}`)
    expect(state).toBe('running')

    const acceptable = (e: Logged) =>
      (e.status >= 200 && e.status < 300) || (e.status === 503 && (e.kind === 'health' || e.problem === '/problems/service-unavailable'))
    const unexpected = log.filter((e) => !acceptable(e))
    const during = log.filter((e) => e.at >= outage.stopping && e.at <= outage.started)
    const byStatus = (entries: Logged[]) =>
      entries.reduce<Record<string, number>>((counts, e) => ({ ...counts, [e.status]: (counts[e.status] ?? 0) + 1 }), {})
    const slowest = Math.max(...log.map((e) => e.ms))
    const acked = log.filter((e) => e.kind === 'write' && e.status === 201).map((e) => e.title!)
    const refused = log.filter((e) => e.kind === 'write' && e.status !== 201).map((e) => e.title!)

    const db = await sql(databaseUrl)
    try {
      const stored = await actionsWithLinks(db, PREFIX)
      const copies = new Map<string, number>()
      for (const a of stored) copies.set(a.title, (copies.get(a.title) ?? 0) + 1)
      const notOnce = acked.filter((title) => copies.get(title) !== 1)
      const duplicated = [...copies].filter(([, count]) => count > 1)
      const halfWritten = stored.filter((a) => a.measures !== 2 || a.coOwners !== 1)
      const refusedButStored = refused.filter((title) => copies.has(title))

      console.log(
        [
          `PostgreSQL stopped for ${Math.round(outage.starting - outage.stopped)} ms (fast shutdown took ${Math.round(outage.stopped - outage.stopping)} ms, start ${Math.round(outage.started - outage.starting)} ms) under 4 writers + 4 readers + a health probe`,
          `answers: ${log.length}, by status ${JSON.stringify(byStatus(log))}; during the outage ${JSON.stringify(byStatus(during))}; slowest ${Math.round(slowest)} ms`,
          `health 200 again ${healthyAgainAt === undefined ? 'never' : `${Math.round(healthyAgainAt - outage.started)} ms`} after PostgreSQL was back, without restarting the app`,
          `writes: ${acked.length} acknowledged, all stored exactly once: ${notOnce.length === 0}; ${refused.length} refused (503), of which ${refusedButStored.length} stored anyway (committed, then the answer failed)`,
          ...(unexpected.length
            ? [
                `UNEXPECTED: ${JSON.stringify(unexpected.slice(0, 10))}`,
                'the app logged:',
                ...app
                  .output()
                  .split('\n')
                  .filter((line) => unexpected.some((e) => e.detail && line.includes(e.detail.match(/referens ([\w-]+)/)?.[1] ?? '-'))),
              ]
            : []),
        ].join('\n'),
      )
      expect(unexpected).toEqual([])
      expect(during.filter((e) => e.status === 503).length).toBeGreaterThan(0)
      expect(slowest).toBeLessThan(SLOWEST_MS)
      expect(healthyAgainAt! - outage.started).toBeLessThan(10_000)
      expect(log.filter((e) => e.kind === 'write' && e.status === 201 && e.at > healthyAgainAt!).length).toBeGreaterThan(0)
      expect(notOnce).toEqual([])
      expect(duplicated).toEqual([])
      expect(halfWritten).toEqual([])
    } finally {
      await db.end()
    }
  })
})

describe('the error handler', () => {
  /** what errorHandler answers for `error` */
  function answerTo(error: Error) {
    const sent: { status?: number; body?: { type: string } } = {}
    const res = {
      headersSent: false,
      status(code: number) {
        sent.status = code
        return res
      },
      type: () => res,
      json(body: { type: string }) {
        sent.body = body
        return res
      },
    }
    const quiet = jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      errorHandler(error, { method: 'POST', path: '/x', baseUrl: '/api/v1', id: 'ref' } as never, res as never, () => undefined)
    } finally {
      quiet.mockRestore()
    }
    return sent
  }

  // seen in the outage above: a transaction's next query after PostgreSQL terminated its connection
  it.each([
    'Client has encountered a connection error and is not queryable',
    'Client was closed and is not queryable',
    'Connection terminated unexpectedly',
  ])('maps pg\'s "%s" to 503 service-unavailable', (message) => {
    expect(answerTo(new Error(message))).toMatchObject({ status: 503, body: { type: '/problems/service-unavailable' } })
  })

  // seen when a stalled database holds every pooled connection: no connection within the transaction's maxWait (2 s)
  it('maps Prisma\'s P2028 "Unable to start a transaction in the given time" to 503 service-unavailable', () => {
    const error = new Prisma.PrismaClientKnownRequestError('Transaction API error: Unable to start a transaction in the given time.', {
      code: 'P2028',
      clientVersion: Prisma.prismaVersion.client,
    })
    expect(answerTo(error)).toMatchObject({ status: 503, body: { type: '/problems/service-unavailable' } })
  })

  // seen on a raw statement ($queryRaw: the session lookup) while PostgreSQL stops and while it is away; Prisma gives no code
  it.each(['Server has closed the connection.', "Can't reach database server at 127.0.0.1:5432"])(
    'maps a raw statement\'s "%s" to 503 service-unavailable',
    (message) => {
      const error = new Prisma.PrismaClientKnownRequestError(
        `Invalid \`prisma.$queryRaw()\` invocation:\n\nRaw query failed. Code: \`N/A\`. Message: \`${message}\``,
        { code: 'N/A', clientVersion: Prisma.prismaVersion.client },
      )
      expect(answerTo(error)).toMatchObject({ status: 503, body: { type: '/problems/service-unavailable' } })
    },
  )

  it('still answers 500 for any other error', () => {
    expect(answerTo(new Error('something else'))).toMatchObject({ status: 500, body: { type: '/problems/internal-error' } })
  })
})
