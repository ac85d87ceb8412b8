import { Client } from 'pg'
import { db, queryCount } from '../db/prisma'
import { api } from '../test/api'
import { makeAction, makePlan, makeStrategy } from '../test/factories'

/** SQL statements the request sent, and its answer. */
async function counted(path: string) {
  const before = queryCount()
  const res = await api().get(path).expect(200)
  return { statements: queryCount() - before, body: res.body, etag: res.headers.etag }
}

/** The statements of a request that reads nothing but its session. */
const sessionOnly = async () => (await counted('/api/v1/openapi.json')).statements

/** A transaction on a connection of its own, left open: the writes of a request of another instance, not yet committed. */
async function openTransaction() {
  const client = new Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  await client.query('BEGIN')
  return {
    query: (sql: string, values: unknown[] = []) => client.query(sql, values),
    commit: async () => {
      await client.query('COMMIT')
      await client.end()
    },
  }
}

describe('answers kept while the database is unchanged (http/kept-answers.ts)', () => {
  it('a repeated list costs only the session lookup; any write makes the next one read afresh', async () => {
    const strategy = await makeStrategy()
    const plan = await makePlan({ strategyId: strategy.id })
    const path = `/api/v1/implementation-plans?strategyId=${strategy.id}`
    const session = await sessionOnly()
    const first = await counted(path)
    const again = await counted(path)
    expect(again.statements).toBe(session)
    expect(again.body).toEqual(first.body)
    expect(again.etag).toBe(first.etag)
    // another query is another answer
    expect((await counted(`${path}&pageSize=1`)).statements).toBeGreaterThan(session)

    await makeAction({ planId: plan.id })
    const after = await counted(path)
    expect(after.statements).toBe(first.statements)
    expect(after.body.items[0].actionCount).toBe(first.body.items[0].actionCount + 1)
    expect(after.etag).not.toBe(first.etag)
  })

  it('nothing is kept while a write is under way: a transaction that commits a lower id later is seen at once', async () => {
    const strategy = await makeStrategy()
    const plan = await makePlan({ strategyId: strategy.id })
    const path = `/api/v1/implementation-plans?strategyId=${strategy.id}`
    const session = await sessionOnly()
    // a slow write takes its audit id first, a quick one commits a higher id: the counter stands at the higher one
    const slow = await openTransaction()
    await slow.query(`UPDATE "ImplementationPlan" SET title = 'Ändrad i en långsam transaktion', version = version + 1 WHERE id = $1`, [
      plan.id,
    ])
    await makeAction({ planId: plan.id })
    const during = await counted(path)
    expect(during.body.items[0]).toMatchObject({ title: plan.title, actionCount: 1 })
    // not kept: the moment was not settled
    expect((await counted(path)).statements).toBeGreaterThan(session)

    // the slow write commits: the counter does not move, yet the answer changes
    await slow.commit()
    const after = await counted(path)
    expect(after.body.items[0]).toMatchObject({ title: 'Ändrad i en långsam transaktion', actionCount: 1 })
    expect((await counted(path)).statements).toBe(session)
  })

  it('concurrent requests for the same answer share one computation', async () => {
    const strategy = await makeStrategy()
    await makePlan({ strategyId: strategy.id })
    const path = `/api/v1/plan-actions?strategyId=${strategy.id}`
    const session = await sessionOnly()
    const alone = (await counted(path)).statements
    await db().strategy.update({ where: { id: strategy.id }, data: { version: { increment: 1 } } })
    const before = queryCount()
    const answers = await Promise.all([1, 2, 3, 4].map(() => api().get(path).expect(200)))
    expect(new Set(answers.map((res) => JSON.stringify(res.body))).size).toBe(1)
    // the list's statements once; the session lookups of the three others (fewer when they go together)
    expect(queryCount() - before).toBeLessThanOrEqual(alone + 3 * session)
  })

  it('an error is not kept: the next request asks again', async () => {
    const session = await sessionOnly()
    await api().get('/api/v1/implementation-plans/999999/actions').expect(404)
    const before = queryCount()
    await api().get('/api/v1/implementation-plans/999999/actions').expect(404)
    expect(queryCount() - before).toBeGreaterThan(session)
  })
})
