// Scenario 1: the app is SIGKILLed while many multi-row writes are in flight, then started again on the same
// DATA_DIR. Nothing half-written may remain, nothing acknowledged may be lost, and the audit trail may name
// only committed rows.
import { join } from 'node:path'
import { clearStalePostmaster } from '../backend/src/db/embedded-postgres'
import { Client } from './support/client'
import { actionsWithLinks, demoContext, orphanAuditEvents, some, sql } from './support/demo'
import { freePort, sleep, startApp, tempDir, type AppProcess, type TempDir } from './support/server'

const WORKERS = 12
/** kill once this many actions were acknowledged: well into the stream, with every worker busy */
const KILL_AFTER_ACTIONS = 60
const PREFIX = 'kill-'

/** The title says how many links the action was created with, so the database alone can be checked. */
const titleOf = (worker: number, n: number, measures: number, coOwners: number) => `${PREFIX}${worker}-${n} m${measures} c${coOwners}`
const linksIn = (title: string) => {
  const [, m, c] = title.match(/ m(\d+) c(\d+)$/)!
  return { measures: Number(m), coOwners: Number(c) }
}

describe('SIGKILL in the middle of multi-row writes', () => {
  let dir: TempDir | undefined
  const apps: AppProcess[] = []

  afterAll(async () => {
    for (const app of apps) await app.stop()
    // should the test fail between the kill and the restart, the orphaned PostgreSQL is still running
    if (dir) await clearStalePostmaster(join(dir.path, 'pg'), () => undefined).catch(() => undefined)
    dir?.remove()
  })

  it('leaves no half-written action, loses no acknowledged write and restarts cleanly', async () => {
    const pgPort = await freePort()
    dir = tempDir('kill')
    const env = { DATA_DIR: dir.path, EMBEDDED_PG_PORT: String(pgPort), DEMO_DATA: 'true' }
    const first = await startApp(env)
    apps.push(first)
    const client = await Client.signIn(first.url)
    const ctx = await demoContext(client)

    // every joint action has `partner` among its co-owners (see the lock below)
    const [partner, ...others] = ctx.coOwnerIds
    const acked = {
      actions: new Map<number, string>(),
      followUps: new Map<number, number>(), // follow-up id → action id
      submitted: new Map<number, number>(), // follow-up id → version after submitting
    }
    const unexpected: string[] = []
    let killing = false
    let inFlightAtKill = 0
    /** one answer: true to go on; an answer other than `expected` before the kill is a failure */
    const check = (what: string, status: number, expected: number, body: unknown, error?: string) => {
      if (status === expected) return true
      if (killing && status === 0) inFlightAtKill++
      else unexpected.push(`${what}: ${status} ${JSON.stringify(body ?? error)}`)
      return false
    }

    const worker = async (w: number) => {
      for (let n = 0; !killing; n++) {
        const measures = 1 + ((w + n) % 4)
        const coOwners = (w + n) % 3
        const title = titleOf(w, n, measures, coOwners)
        const action = await client.post(`/implementation-plans/${ctx.planId}/actions`, {
          title,
          status: 'ongoing',
          measureIds: some(ctx.measureIds, measures, w * 7 + n),
          coOwnerIds: coOwners ? [partner, ...some(others, coOwners - 1, w * 5 + n)] : [],
        })
        if (!check('create action', action.status, 201, action.body, action.error)) return
        acked.actions.set(action.body.id, title)
        const followUp = await client.post(`/plan-actions/${action.body.id}/follow-ups`, {
          periodId: ctx.periodId,
          status: 'ongoing',
          progress: 40,
          narrative: `${title}: på gång`,
        })
        if (!check('create follow-up', followUp.status, 201, followUp.body, followUp.error)) return
        acked.followUps.set(followUp.body.id, action.body.id)
        const submit = await client.post(`/follow-ups/${followUp.body.id}/submit`, { version: followUp.body.version })
        if (!check('submit follow-up', submit.status, 200, submit.body, submit.error)) return
        acked.submitted.set(followUp.body.id, submit.body.version)
      }
    }

    // To be sure the kill cuts transactions in half, the test locks the partner organisation's row just before it:
    // a joint action being created then waits (its co-owner link must KEY SHARE-lock that row) after writing the
    // action, its measure links and their audit events. Nothing else in the stream touches that row.
    const lockHolder = await sql(`postgresql://postgres:postgres@127.0.0.1:${pgPort}/postgres`)
    const halfDone = async () =>
      (
        await lockHolder.query(
          `SELECT count(DISTINCT pid)::int AS n FROM pg_locks WHERE locktype = 'transactionid' AND transactionid = txid_current()::text::xid AND NOT granted`,
        )
      ).rows[0].n as number

    const started = performance.now()
    const workers = Array.from({ length: WORKERS }, (_, w) => worker(w))
    while (acked.actions.size < KILL_AFTER_ACTIONS && unexpected.length === 0 && performance.now() - started < 30_000) await sleep(5)
    await lockHolder.query('BEGIN')
    await lockHolder.query('SELECT 1 FROM "Organisation" WHERE id = $1 FOR UPDATE', [partner])
    let cutInHalf = 0
    const deadline = performance.now() + 10_000
    while (performance.now() < deadline && (cutInHalf = await halfDone()) < 3) await sleep(5)
    killing = true
    await first.kill()
    await lockHolder.query('ROLLBACK') // the waiting transactions go on, find their client gone and roll back
    await lockHolder.end()
    await Promise.all(workers)
    const streamMs = performance.now() - started
    expect(unexpected).toEqual([])
    expect(cutInHalf).toBeGreaterThanOrEqual(3)

    const restartStarted = performance.now()
    const second = await startApp(env)
    apps.push(second)
    const restartMs = performance.now() - restartStarted
    // the postmaster the killed app left behind was found and stopped (or its stale pid file removed)
    const cleared = second.output().match(/.*(left running by a killed app|Removed a stale).*/)
    expect(cleared).not.toBeNull()

    const pg = await sql(`postgresql://postgres:postgres@127.0.0.1:${pgPort}/postgres`)
    try {
      const actions = await actionsWithLinks(pg, PREFIX)
      const halfWritten = actions.filter((a) => a.measures !== linksIn(a.title).measures || a.coOwners !== linksIn(a.title).coOwners)
      expect(halfWritten).toEqual([])
      const unaudited = actions.filter((a) => a.auditAction !== 1 || a.auditMeasures !== a.measures || a.auditCoOwners !== a.coOwners)
      expect(unaudited).toEqual([])

      const stored = new Map(actions.map((a) => [a.id, a.title]))
      const lostActions = [...acked.actions].filter(([id, title]) => stored.get(id) !== title)
      expect(lostActions).toEqual([])

      const { rows: followUps } = await pg.query(`SELECT id, "actionId", state, version FROM "FollowUp" WHERE id = ANY($1::int[])`, [
        [...acked.followUps.keys()],
      ])
      const followUpById = new Map(followUps.map((f) => [f.id as number, f]))
      const lostFollowUps = [...acked.followUps].filter(([id, actionId]) => followUpById.get(id)?.actionId !== actionId)
      expect(lostFollowUps).toEqual([])
      const lostSubmits = [...acked.submitted].filter(
        ([id, version]) => followUpById.get(id)?.state !== 'submitted' || followUpById.get(id)?.version !== version,
      )
      expect(lostSubmits).toEqual([])

      expect(await orphanAuditEvents(pg)).toEqual([])

      const {
        rows: [{ count: committedFollowUps }],
      } = await pg.query(
        `SELECT count(*)::int AS count FROM "FollowUp" f JOIN "PlanAction" a ON a.id = f."actionId" WHERE a.title LIKE $1`,
        [`${PREFIX}%`],
      )
      // ids the sequence handed to INSERTs that never committed: transactions the kill cut off after their first row
      const {
        rows: [{ gaps }],
      } = await pg.query(
        `SELECT ((SELECT last_value FROM "PlanAction_id_seq") - min(id) + 1 - count(*))::int AS gaps FROM "PlanAction" WHERE title LIKE $1`,
        [`${PREFIX}%`],
      )
      expect(gaps).toBeGreaterThanOrEqual(cutInHalf)
      console.log(
        [
          `SIGKILL mid-write: ${WORKERS} concurrent writers, killed after ${Math.round(streamMs)} ms of writes`,
          `acknowledged: ${acked.actions.size} actions, ${acked.followUps.size} follow-ups, ${acked.submitted.size} submits; ${inFlightAtKill} requests in flight at the kill, ${cutInHalf} of them halfway through creating an action`,
          `in the database after the restart: ${actions.length} actions (${actions.length - acked.actions.size} committed without an answer), ${committedFollowUps} follow-ups; 0 half-written, 0 lost, 0 orphaned audit events`,
          `${gaps} action ids were taken by transactions that rolled back (cut off mid-transaction by the kill)`,
          `restart on the same DATA_DIR: healthy after ${Math.round(restartMs)} ms; it said: ${cleared![0]}`,
        ].join('\n'),
      )
    } finally {
      await pg.end()
    }

    // the restarted app works: the same user signs in again and writes
    const again = await Client.signIn(second.url)
    const after = await again.post(`/implementation-plans/${ctx.planId}/actions`, {
      title: titleOf(99, 0, 1, 0),
      measureIds: some(ctx.measureIds, 1, 0),
      coOwnerIds: [],
    })
    expect(after.status).toBe(201)
  })
})
