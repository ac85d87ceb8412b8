// The demo data, loaded into fresh databases of its own (the worker's database is shared with other test files).
import { PrismaPg } from '@prisma/adapter-pg'
import { Secret, TOTP } from 'otpauth'
import { PrismaClient } from '../generated/prisma/client'
import { verifyPassword } from '../auth/passwords'
import { totpStep } from '../auth/totp'
import { dropDatabase, freshDatabase } from '../test/databases'
import { buildDemoData, DEMO_PASSWORD, DEMO_TOTP_SECRET, loadDemoData, type DemoCounts } from './demo-data'

/** A new database migrated like the others (a copy of the template), with a client of its own. */
async function newDatabase(suffix: string) {
  const name = `demo_${process.env.JEST_WORKER_ID ?? 1}_${suffix}`
  const url = await freshDatabase(name, { migrated: true })
  return { name, client: new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) }) }
}

/** Every table's rows without their timestamps (nor password hashes: argon2 salts them), as one digest: equal digests mean identical rows. */
async function fingerprint(client: PrismaClient): Promise<string> {
  const tables = [
    'Organisation',
    'Strategy',
    'Goal',
    'Measure',
    'MeasureExpectedOrganisation',
    'MeasureSuccession',
    'Indicator',
    'IndicatorValue',
    'ReportingPeriod',
    'ImplementationPlan',
    'PlanAction',
    'PlanActionMeasure',
    'PlanActionCoOwner',
    'FollowUp',
    'User',
    'UserOrganisation',
  ]
  const digests: string[] = []
  for (const table of tables) {
    const [row] = await client.$queryRawUnsafe<{ digest: string | null }[]>(
      `SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) AS digest FROM (SELECT to_jsonb(t) - 'createdAt' - 'updatedAt' - 'passwordHash' AS r FROM "${table}" t) rows`,
    )
    digests.push(`${table}:${row.digest}`)
  }
  return digests.join('\n')
}

let first: Awaited<ReturnType<typeof newDatabase>>
let second: Awaited<ReturnType<typeof newDatabase>>
let counts: DemoCounts | null

beforeAll(async () => {
  first = await newDatabase('a')
  second = await newDatabase('b')
  counts = await loadDemoData(first.client)
}, 60_000)

afterAll(async () => {
  for (const database of [first, second]) {
    if (!database) continue
    await database.client.$disconnect()
    await dropDatabase(database.name)
  }
})

describe('loadDemoData', () => {
  it('loads everything into an empty database and reports the counts', async () => {
    const c = first.client
    expect(counts).toEqual({
      organisations: await c.organisation.count(),
      strategies: await c.strategy.count(),
      goals: await c.goal.count(),
      measures: await c.measure.count(),
      periods: await c.reportingPeriod.count(),
      indicators: await c.indicator.count(),
      indicatorValues: await c.indicatorValue.count(),
      plans: await c.implementationPlan.count(),
      actions: await c.planAction.count(),
      jointActions: await c.planAction.count({ where: { coOwners: { some: {} } } }),
      followUps: await c.followUp.count(),
      users: await c.user.count(),
    })
    expect(counts).toMatchObject({ organisations: 26 + 13 + 6, strategies: 2, periods: 5, users: 5 })
  })

  it('holds the 26 municipalities of Stockholm County with their kommunkod, and Stockholms stad with its 13 districts', async () => {
    const municipalities = await first.client.organisation.findMany({
      where: { kind: 'municipality' },
      orderBy: { municipalityCode: 'asc' },
    })
    expect(municipalities).toHaveLength(26)
    expect(municipalities.every((m) => /^01\d\d$/.test(m.municipalityCode!))).toBe(true)
    const byName = new Map(municipalities.map((m) => [m.name, m.municipalityCode]))
    expect(byName.get('Botkyrka kommun')).toBe('0127')
    expect(byName.get('Huddinge kommun')).toBe('0126')
    expect(byName.get('Danderyds kommun')).toBe('0162')
    expect(byName.get('Stockholms stad')).toBe('0180')
    expect(byName.get('Nynäshamns kommun')).toBe('0192')

    const stockholm = municipalities.find((m) => m.municipalityCode === '0180')!
    const districts = await first.client.organisation.findMany({ where: { kind: 'district' } })
    expect(districts).toHaveLength(13)
    expect(districts.every((d) => d.parentId === stockholm.id)).toBe(true)
    expect(districts.map((d) => d.shortName)).toContain('Rinkeby-Kista')

    const others = await first.client.organisation.findMany({
      where: { kind: { in: ['authority', 'region', 'association'] } },
      orderBy: { name: 'asc' },
    })
    expect(others.map((o) => [o.kind, o.name])).toEqual([
      ['authority', 'Kriminalvården'],
      ['authority', 'Länsstyrelsen i Stockholms län'],
      ['authority', 'Polismyndigheten – region Stockholm'],
      ['region', 'Region Stockholm'],
      ['association', 'Storsthlm'],
      ['authority', 'Åklagarmyndigheten'],
    ])
  })

  it('holds the active 2020–2026 strategy with eight goals of 3–5 measures each (sub-goals included), mapped to its archived predecessor', async () => {
    const current = await first.client.strategy.findFirstOrThrow({ where: { status: 'active' }, include: { predecessor: true } })
    expect(current).toMatchObject({ name: 'Regional strategi mot våld i nära relationer 2020–2026', startYear: 2020, endYear: 2026 })
    expect(current.overallGoal).toBe('Ingen i Stockholms län ska utsättas för eller uppleva våld i nära relation.')
    expect(current.predecessor).toMatchObject({ name: 'Regional strategi 2016–2020', status: 'archived' })

    const goals = await first.client.goal.findMany({
      where: { strategyId: current.id, parentId: null },
      orderBy: { sortOrder: 'asc' },
      include: { _count: { select: { measures: true } }, children: { include: { _count: { select: { measures: true } } } } },
    })
    expect(goals.map((g) => g.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(goals.map((g) => g.title)).toEqual([
      'Förebygga våld',
      'Förebygga återfall',
      'Upptäcka tidigt',
      'Skydda och stödja',
      'Effektiv brottsbekämpning',
      'Trygg rättsprocess',
      'Systematisk kunskapsutveckling',
      'Kunskap och forskning',
    ])
    expect(goals.every((g) => g.nationalGoal !== null)).toBe(true)
    for (const g of goals) {
      const measures = g._count.measures + g.children.reduce((sum, child) => sum + child._count.measures, 0)
      expect([g.code, measures >= 3 && measures <= 5]).toEqual([g.code, true])
    }
    expect(goals[2].children.map((c) => c.code)).toEqual(['3.1', '3.2'])

    const measures = await first.client.measure.findMany({
      where: { goal: { strategyId: current.id } },
      include: { expectedOrganisations: true, predecessors: { include: { predecessor: { include: { goal: true } } } } },
    })
    expect(measures.every((m) => m.expectedKinds.length + m.expectedOrganisations.length > 0)).toBe(true)
    const replacing = measures.filter((m) => m.predecessors.length > 0)
    expect(replacing.length).toBeGreaterThanOrEqual(3)
    expect(replacing.every((m) => m.predecessors.every((p) => p.predecessor.goal.strategyId === current.predecessorId))).toBe(true)
  })

  it('gives every organisation except the districts a plan, with 2–12 actions', async () => {
    const organisations = await first.client.organisation.findMany({
      include: { plans: { include: { _count: { select: { actions: true } } } } },
    })
    for (const o of organisations) {
      if (o.kind === 'district') expect([o.name, o.plans.length]).toEqual([o.name, 0])
      else {
        expect([o.name, o.plans.length]).toEqual([o.name, 1])
        const actions = o.plans[0]._count.actions
        expect([o.name, actions >= 2 && actions <= 12]).toEqual([o.name, true])
      }
    }
  })

  it('links every action to 1–3 measures of its plan’s strategy that are expected of its organisation', async () => {
    const actions = await first.client.planAction.findMany({
      include: {
        plan: { include: { organisation: true } },
        measures: { include: { measure: { include: { goal: true, expectedOrganisations: true } } } },
      },
    })
    for (const a of actions) {
      expect(a.measures.length).toBeGreaterThanOrEqual(1)
      expect(a.measures.length).toBeLessThanOrEqual(3)
      for (const { measure } of a.measures) {
        expect(measure.goal.strategyId).toBe(a.plan.strategyId)
        const org = a.plan.organisation
        const expected = measure.expectedKinds.includes(org.kind) || measure.expectedOrganisations.some((e) => e.organisationId === org.id)
        expect([a.title, measure.code, expected]).toEqual([a.title, measure.code, true])
      }
    }
  })

  it('leaves some measure without any action, and some municipalities without any action on whole goals', async () => {
    const unlinked = await first.client.measure.findMany({ where: { actionLinks: { none: {} }, goal: { strategy: { status: 'active' } } } })
    expect(unlinked.map((m) => m.code)).toContain('8.3')

    const coverage = await first.client.implementationPlan.findMany({
      where: { organisation: { kind: 'municipality' } },
      include: { actions: { include: { measures: { include: { measure: { include: { goal: true } } } } } } },
    })
    const goalsCovered = coverage.map(
      (p) => new Set(p.actions.flatMap((a) => a.measures.map((l) => l.measure.goal.parentId ?? l.measure.goal.id))).size,
    )
    expect(Math.min(...goalsCovered)).toBeLessThanOrEqual(2)
    expect(Math.max(...goalsCovered)).toBeGreaterThanOrEqual(7)
  })

  it('varies the actions: joint ones, completed, cancelled, and planned ones already past their start', async () => {
    const c = first.client
    expect(await c.planAction.count({ where: { coOwners: { some: {} } } })).toBeGreaterThan(10)
    expect(await c.planAction.count({ where: { status: 'completed' } })).toBeGreaterThan(5)
    expect(await c.planAction.count({ where: { status: 'cancelled' } })).toBeGreaterThan(3)
    expect(await c.planAction.count({ where: { status: 'planned', plannedStart: { lt: new Date('2026-06-01') } } })).toBeGreaterThan(3)
  })

  it('holds follow-ups: approved in closed periods with progress rising, a mix of states in the open one', async () => {
    const c = first.client
    const open = await c.reportingPeriod.findFirstOrThrow({ where: { status: 'open' } })
    expect(open).toMatchObject({
      name: '2025',
      startsOn: new Date('2025-01-01'),
      endsOn: new Date('2025-12-31'),
      deadline: new Date('2026-12-15'),
    })
    expect(await c.reportingPeriod.count({ where: { status: 'closed' } })).toBe(4)

    const closed = await c.followUp.groupBy({ by: ['state'], where: { period: { status: 'closed' } }, _count: true })
    const closedStates = Object.fromEntries(closed.map((g) => [g.state, g._count]))
    expect(closedStates.approved).toBeGreaterThan(5 * (closedStates.submitted ?? 0))
    const inOpen = await c.followUp.groupBy({ by: ['state'], where: { periodId: open.id }, _count: true })
    expect(inOpen.map((g) => g.state).sort()).toEqual(['approved', 'draft', 'returned', 'submitted'])
    const returned = await c.followUp.findMany({ where: { state: 'returned' } })
    expect(returned.every((f) => f.reviewComment && f.submittedAt && f.reviewedAt)).toBe(true)
    expect(await c.followUp.count({ where: { state: 'draft', NOT: { submittedAt: null } } })).toBe(0)

    const followUps = await c.followUp.findMany({
      include: { period: true },
      orderBy: [{ actionId: 'asc' }, { period: { startsOn: 'asc' } }],
    })
    for (let i = 1; i < followUps.length; i++) {
      if (followUps[i].actionId === followUps[i - 1].actionId)
        expect(followUps[i].progress).toBeGreaterThanOrEqual(followUps[i - 1].progress)
    }
    expect(followUps.filter((f) => f.status === 'completed').every((f) => f.progress === 100)).toBe(true)
  })

  it('holds the county figures of the indicators in the periods of their years, and a suppressed small count', async () => {
    const values = await first.client.indicatorValue.findMany({
      where: { organisationId: null },
      include: { indicator: true, period: true },
    })
    const county = Object.fromEntries(values.map((v) => [`${v.indicator.name} ${v.period.name}`, v.value]))
    expect(county).toEqual({
      'Andel kommuner och stadsdelsområden som erbjuder stödsamtal till våldsutövare 2023': 80,
      'Andel beviljade ansökningar om kontaktförbud 2021': 25,
      'Andel beviljade ansökningar om kontaktförbud 2022': 28,
      'Andel brott mot barn som handläggs inom 90 dagar 2021': 65,
      'Andel brott mot barn som handläggs inom 90 dagar 2022': 60,
    })
    const talks = await first.client.indicator.findFirstOrThrow({ where: { name: { startsWith: 'Andel kommuner och stadsdelsområden' } } })
    expect(talks).toMatchObject({ unit: '%', direction: 'increase', baselineValue: 60, baselineYear: 2019 })

    const suppressed = await first.client.indicatorValue.findMany({ where: { suppressed: true }, include: { organisation: true } })
    expect(suppressed.length).toBeGreaterThanOrEqual(1)
    expect(suppressed.every((v) => v.value === null && v.organisation !== null)).toBe(true)
    expect(suppressed.map((v) => v.organisation!.name)).toContain('Vaxholms stad')
  })

  it('holds one demo account per role, all with the documented password; the OPK account with the documented TOTP secret', async () => {
    const users = await first.client.user.findMany({
      include: { organisations: { include: { organisation: true } } },
      orderBy: { email: 'asc' },
    })
    expect(users.map((u) => [u.email, u.role, u.organisations.map((o) => o.organisation.name)])).toEqual([
      ['botkyrka@demo.uppfoljning.se', 'coordinator', ['Botkyrka kommun']],
      ['huddinge@demo.uppfoljning.se', 'coordinator', ['Huddinge kommun']],
      ['opk@demo.uppfoljning.se', 'opk_staff', []],
      ['polisen@demo.uppfoljning.se', 'coordinator', ['Polismyndigheten – region Stockholm']],
      ['styrgrupp@demo.uppfoljning.se', 'steering_group', []],
    ])
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(1)
    expect(await verifyPassword(users[0].passwordHash, DEMO_PASSWORD)).toBe(true)
    expect(users.map((u) => [u.email, u.totpSecret, u.totpEnabledAt !== null, u.archivedAt])).toEqual(
      users.map((u) => (u.role === 'opk_staff' ? [u.email, 'JBSWY3DPEHPK3PXP', true, null] : [u.email, null, false, null])),
    )
    // any authenticator app with the secret gives codes the sign-in accepts
    const code = new TOTP({ secret: Secret.fromBase32(DEMO_TOTP_SECRET), algorithm: 'SHA1', digits: 6, period: 30 }).generate()
    expect(totpStep(DEMO_TOTP_SECRET, code)).not.toBeNull()
  })

  it('is refused on a database that already has a strategy: returns null and writes nothing', async () => {
    const before = await fingerprint(first.client)
    expect(await loadDemoData(first.client)).toBeNull()
    expect(await fingerprint(first.client)).toBe(before)
  })

  it('reuses organisations and leaves accounts that already exist (same kommunkod, same e-mail) instead of failing on them', async () => {
    const third = await newDatabase('c')
    try {
      const botkyrka = await third.client.organisation.create({
        data: { kind: 'municipality', name: 'Botkyrka', municipalityCode: '0127' },
      })
      const steering = await third.client.user.create({
        data: { email: 'styrgrupp@demo.uppfoljning.se', name: 'Redan här', role: 'steering_group' },
      })
      expect(await loadDemoData(third.client)).toMatchObject({ organisations: 44, plans: 32, users: 4 })
      expect(await third.client.user.findUniqueOrThrow({ where: { id: steering.id } })).toMatchObject({
        name: 'Redan här',
        passwordHash: null,
      })
      expect(await third.client.userOrganisation.count({ where: { organisationId: botkyrka.id } })).toBe(1)
      expect(await third.client.organisation.count({ where: { kind: 'municipality' } })).toBe(26)
      expect(await third.client.implementationPlan.count({ where: { organisationId: botkyrka.id } })).toBe(1)
    } finally {
      await third.client.$disconnect()
      await dropDatabase(third.name)
    }
  })

  it('is deterministic: a second fresh database gets identical rows', async () => {
    expect(buildDemoData()).toEqual(buildDemoData())
    expect(await loadDemoData(second.client)).toEqual(counts)
    expect(await fingerprint(second.client)).toBe(await fingerprint(first.client))
  })
})
