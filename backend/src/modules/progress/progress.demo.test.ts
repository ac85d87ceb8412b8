// The progress routes on the demo data (loaded into a fresh database of its own, as db/demo-data.test.ts does):
// every route answers within its contract, and municipalities differ — the product's reason to exist.
import { PrismaPg } from '@prisma/adapter-pg'
import { loadDemoData } from '../../db/demo-data'
import { connect, db, disconnect } from '../../db/prisma'
import { PrismaClient } from '../../generated/prisma/client'
import { api } from '../../test/api'
import { dropDatabase, freshDatabase } from '../../test/databases'
import { signInStandardUsers } from '../../test/users'

const name = `demo_progress_${process.env.JEST_WORKER_ID ?? 1}`
let periodId: number
let stockholm: number
let nykvarn: number

beforeAll(async () => {
  const url = await freshDatabase(name, { migrated: true })
  const loader = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) })
  try {
    await loadDemoData(loader)
  } finally {
    await loader.$disconnect()
  }
  // the app's client now points at the demo database, with the test users signed in there
  await disconnect()
  connect(url)
  await signInStandardUsers()
  periodId = (await db().reportingPeriod.findFirstOrThrow({ where: { status: 'open', strategy: { status: 'active' } } })).id
  stockholm = (await db().organisation.findUniqueOrThrow({ where: { municipalityCode: '0180' } })).id
  nykvarn = (await db().organisation.findUniqueOrThrow({ where: { municipalityCode: '0140' } })).id
}, 60_000)

afterAll(async () => {
  await disconnect()
  await dropDatabase(name)
})

const get = (path: string, query: Record<string, number>) => api().get(`/api/v1/progress${path}`).query(query)

describe('progress on the demo data', () => {
  it('coverage and progress differ between municipalities: Stockholms stad covers more than Nykvarns kommun', async () => {
    const res = await get('/coverage', { periodId })
    expect(res.status).toBe(200)
    const coverageOf = (id: number) => res.body.organisations.find((o: { id: number }) => o.id === id).coverage
    expect(coverageOf(stockholm).coverage).toBeGreaterThan(coverageOf(nykvarn).coverage)
    const municipalities = res.body.organisations
      .filter((o: { kind: string }) => o.kind === 'municipality')
      .map((o: { coverage: { coverage: number } }) => o.coverage.coverage)
    expect(municipalities).toHaveLength(26)
    expect(new Set(municipalities).size).toBeGreaterThan(5)

    const [big, small] = [await get(`/organisations/${stockholm}`, { periodId }), await get(`/organisations/${nykvarn}`, { periodId })]
    expect(big.body.coverage).toEqual(coverageOf(stockholm))
    expect(big.body.organisation.subUnits).toHaveLength(13)
    expect(big.body.measures.filter((m: { state: string }) => m.state === 'covered').length).toBeGreaterThan(
      small.body.measures.filter((m: { state: string }) => m.state === 'covered').length,
    )
    // Nykvarn last reported for 2022: nothing counts for it in 2025
    expect(small.body.attention.notReported).not.toBeNull()
  })

  it('goals carry progress, coverage and the change since 2024; goal 3 nests its sub-goals', async () => {
    const res = await get('/goals', { periodId })
    expect(res.status).toBe(200)
    expect(res.body.goals.map((g: { code: string }) => g.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(res.body.goals[2].subGoals.map((g: { code: string }) => g.code)).toEqual(['3.1', '3.2'])
    expect(res.body.previousPeriod).toMatchObject({ name: '2024' })
    expect(res.body.county.progress.progress).toBeGreaterThan(0)
    expect(res.body.county.coverage.coverage).toBeGreaterThan(0)
    expect(res.body.county.coverage.coverage).toBeLessThan(1)
  })

  it('every organisation view, the attention flags and the explanations answer within their contract', async () => {
    const attention = await get('/attention', { periodId })
    expect(attention.status).toBe(200)
    // 8.3, which nobody acts on, is active only from 2026: not flagged for 2025
    expect(attention.body.measuresWithoutActiveAction.map((m: { code: string }) => m.code)).not.toContain('8.3')
    expect(attention.body.organisationsNotReported.map((o: { organisation: { id: number } }) => o.organisation.id)).toContain(nykvarn)
    const organisations = await db().organisation.findMany({ where: { archivedAt: null }, select: { id: true, kind: true } })
    // one after another: 45 requests at once would wait on the 10-connection pool (and time out on a loaded machine)
    const views: [number, number][] = []
    for (const { id } of organisations) views.push([id, (await get(`/organisations/${id}`, { periodId })).status])
    expect(views).toEqual(organisations.map(({ id }) => [id, 200]))
    // one organisation of each kind, and the two municipalities compared above
    const sample = [stockholm, nykvarn, ...new Map(organisations.map((o) => [o.kind, o.id])).values()]
    const explained: [number, number][] = []
    for (const id of sample) explained.push([id, (await get('/explain', { periodId, organisationId: id })).status])
    expect(explained).toEqual(sample.map((id) => [id, 200]))
    const county = await get('/explain', { periodId })
    expect(county.status).toBe(200)
    expect(county.body.progress.basis.followUpIds.length).toBe(county.body.progress.figure.counted.followUps)
  })
})
