// Scenario 4: two app instances on different ports share one PostgreSQL. Sessions live in the database, so a
// sign-in on one works on the other; concurrent edits of one follow-up through both lose nothing: optimistic
// concurrency lets exactly one edit win per version.
import { join } from 'node:path'
import { mkdirSync } from 'node:fs'
import { Client, must } from './support/client'
import { demoContext, sql } from './support/demo'
import { freePort, startApp, startPostgres, tempDir, type AppProcess, type PostgresProcess, type TempDir } from './support/server'

const EDITORS_PER_INSTANCE = 8
const ROUNDS = 12

interface Edit {
  instance: 'A' | 'B'
  sentVersion: number
  narrative: string
  status: number
  version?: number
  problem?: string
  currentVersion?: number
}

describe('two app instances sharing one database', () => {
  let dir: TempDir | undefined
  let pg: PostgresProcess | undefined
  const apps: AppProcess[] = []

  afterAll(async () => {
    for (const app of apps) await app.stop()
    await pg?.stop()
    dir?.remove()
  })

  it('share sessions and let exactly one concurrent edit win per version', async () => {
    dir = tempDir('two')
    const pgDir = join(dir.path, 'pg')
    mkdirSync(pgDir)
    pg = await startPostgres(pgDir, await freePort())
    const env = { DATABASE_URL: pg.url(), DEMO_DATA: 'true' }
    const a = await startApp(env) // applies the migrations and loads the demo data
    apps.push(a)
    const b = await startApp(env) // finds both done
    apps.push(b)

    // a session made on A is valid on B, CSRF token included
    const onA = await Client.signIn(a.url)
    const onB = onA.at(b.url)
    const sessionOnB = await must(onB.get('/auth/session'), 'session on B')
    expect(sessionOnB).toMatchObject({ stage: 'signed-in', user: { email: 'botkyrka@demo.uppfoljning.se' }, csrfToken: onA.csrf })
    const ctx = await demoContext(onB)
    const action = await must(
      onB.post(`/implementation-plans/${ctx.planId}/actions`, { title: 'two-instances', measureIds: ctx.measureIds.slice(0, 2) }),
      'action via B',
      201,
    )
    const followUp = await must(
      onA.post(`/plan-actions/${action.id}/follow-ups`, { periodId: ctx.periodId, status: 'ongoing' }),
      'follow-up via A',
      201,
    )

    // every editor reads the version and sends its edit with it, through its own instance, all at once
    const edits: Edit[] = []
    const editor = async (client: Client, instance: Edit['instance'], e: number) => {
      for (let round = 0; round < ROUNDS; round++) {
        const read = await must(client.get(`/follow-ups/${followUp.id}`), 'read')
        const narrative = `${instance}${e}-${round}`
        const answer = await client.patch(`/follow-ups/${followUp.id}`, { version: read.version, narrative })
        edits.push({
          instance,
          sentVersion: read.version,
          narrative,
          status: answer.status,
          version: answer.body?.version,
          problem: answer.body?.type,
          currentVersion: answer.body?.currentVersion,
        })
      }
    }
    const started = performance.now()
    await Promise.all([
      ...Array.from({ length: EDITORS_PER_INSTANCE }, (_, e) => editor(onA, 'A', e)),
      ...Array.from({ length: EDITORS_PER_INSTANCE }, (_, e) => editor(onB, 'B', e)),
    ])
    const ms = performance.now() - started

    const won = edits.filter((e) => e.status === 200)
    const lost = edits.filter((e) => e.status === 409)
    expect(edits.filter((e) => e.status !== 200 && e.status !== 409)).toEqual([])
    expect(lost.every((e) => e.problem === '/problems/version-conflict' && e.currentVersion! > e.sentVersion)).toBe(true)
    // each win moved the version on by one, and no version was won twice
    expect(won.every((e) => e.version === e.sentVersion + 1)).toBe(true)
    expect(new Set(won.map((e) => e.sentVersion)).size).toBe(won.length)

    const final = await must(onB.get(`/follow-ups/${followUp.id}`), 'final')
    expect(final.version).toBe(1 + won.length)
    const lastWin = won.reduce((latest, e) => (e.version! > latest.version! ? e : latest))
    expect(final.narrative).toBe(lastWin.narrative)

    // the audit trail holds exactly the winning edits, one per version, in version order
    const db = await sql(pg.url())
    try {
      const { rows } = await db.query(
        `SELECT (after->>'version')::int AS version, after->>'narrative' AS narrative FROM "AuditEvent" WHERE entity = 'FollowUp' AND "entityId" = $1 AND action = 'UPDATE' ORDER BY id`,
        [followUp.id],
      )
      expect(rows).toEqual([...won].sort((x, y) => x.version! - y.version!).map((e) => ({ version: e.version, narrative: e.narrative })))
    } finally {
      await db.end()
    }

    // signing out through B ends the session on A too
    await must(onB.post('/auth/logout'), 'logout via B')
    expect((await must(onA.get('/auth/session'), 'session on A after logout')).user).toBeNull()

    const winsBy = (instance: string) => won.filter((e) => e.instance === instance).length
    console.log(
      [
        `two instances, ${2 * EDITORS_PER_INSTANCE} editors x ${ROUNDS} read-then-PATCH of one follow-up in ${Math.round(ms)} ms:`,
        `${edits.length} edits, ${won.length} won (A ${winsBy('A')}, B ${winsBy('B')}), ${lost.length} got 409; final version ${final.version} = 1 + ${won.length}; audit trail: ${won.length} updates, one per version`,
      ].join('\n'),
    )
  })
})
