// Deterministic demo data: the organisations of Stockholm County, the county strategy 2020–2026 with its
// predecessor, reporting periods and indicators (prisma/seed/*.json, kommuner.csv), and implementation
// plans, actions and follow-ups generated from prisma/seed/plans.json with a seeded PRNG, and one demo account
// per role (README.md, "Demo accounts"). The same files always give the same rows (password hashes aside: argon2
// salts them). Loaded in one transaction, and only into a database that has no strategy.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { hashPassword } from '../auth/passwords'
import { db, type Db, type Tx } from './prisma'
import { Random } from './random'
import type {
  ActionStatus,
  FollowUpState,
  IndicatorDirection,
  NationalGoal,
  OrganisationKind,
  PeriodStatus,
  PreventionLevel,
  Role,
  StrategyStatus,
  TargetGroup,
  ViolenceArea,
} from '../generated/prisma/client'

/** prisma/seed, from backend/src/db and from the compiled backend/dist/db alike. */
export const SEED_DIR = resolve(__dirname, '../../../prisma/seed')
/** Serialises concurrent loads (two instances starting on one fresh database). */
const DEMO_LOCK_KEY = 72707370

// ---- the seed files ----------------------------------------------------------------------------

interface SeedMeasure {
  code: string
  title: string
  description: string
  expectedKinds?: OrganisationKind[]
  expectedOrganisations?: string[]
  targetGroups: TargetGroup[]
  violenceAreas: ViolenceArea[]
  preventionLevels: PreventionLevel[]
  activeFromYear?: number
  activeToYear?: number
  /** codes of the predecessor strategy's measures this one replaces */
  replaces?: string[]
}
interface SeedGoal {
  code: string
  title: string
  description: string
  preconditions?: string
  nationalGoal?: NationalGoal
  measures?: SeedMeasure[]
  subGoals?: SeedGoal[]
}
interface SeedStrategy {
  name: string
  startYear: number
  endYear: number
  overallGoal: string
  status: StrategyStatus
  goals: SeedGoal[]
  periods?: { name: string; startsOn: string; endsOn: string; deadline: string; status: PeriodStatus }[]
  indicators?: SeedIndicator[]
}
interface SeedIndicator {
  goal?: string
  measure?: string
  name: string
  description: string
  unit: string
  direction: IndicatorDirection
  baselineValue?: number
  baselineYear?: number
  targetValue?: number
  targetYear?: number
  dataSource: string
  countyValues: Record<string, number>
  organisationValues?: { organisation: string; year: number; value?: number; suppressed?: boolean; note?: string }[]
}
interface SeedOrganisations {
  countyCode: string
  municipalityNames: Record<string, string>
  districts: { parent: string; shortNames: string[]; nameSuffix: string }
  authorities: { key: string; kind: OrganisationKind; name: string; shortName: string }[]
}
interface Profile {
  actions: number
  focusGoals?: number
  startYear?: number
  draft?: boolean
  lastReportedYear?: number
}
interface ActionTemplate {
  measure: string
  /** an organisation kind or key */
  for: string
  title: string
  unit: string
  description: string
}
interface SeedPlans {
  seed: number
  planEndYear: number
  plans: Record<string, { title: string; adoptedBy: string[] }>
  profiles: Record<string, Profile>
  actionTemplates: ActionTemplate[]
  followUpTexts: {
    narrative: Record<ActionStatus, string[]>
    results: string[]
    obstacles: string[]
    reviewComments: string[]
  }
}

// ---- what gets written (organisations, goals and measures named by key or code) ----------------

interface OrganisationRow {
  key: string
  kind: OrganisationKind
  name: string
  shortName: string
  municipalityCode: string | null
  parentKey: string | null
}
interface FollowUpRow {
  period: string
  status: ActionStatus
  progress: number
  narrative: string
  results: string
  obstacles: string
  state: FollowUpState
  submittedAt: Date | null
  reviewedAt: Date | null
  reviewComment: string | null
}
interface ActionRow {
  title: string
  description: string
  responsibleUnit: string
  plannedStart: Date | null
  plannedEnd: Date | null
  status: ActionStatus
  measures: string[]
  coOwners: string[]
  followUps: FollowUpRow[]
}
interface PlanRow {
  organisation: string
  title: string
  startYear: number
  endYear: number
  status: 'draft' | 'adopted'
  adoptedOn: Date | null
  adoptedBy: string | null
  actions: ActionRow[]
}
interface UserRow {
  email: string
  name: string
  role: Role
  /** organisation keys (coordinators only) */
  organisations: string[]
  /** the fixed TOTP secret of an account that signs in with two factors */
  totpSecret: string | null
}
export interface DemoData {
  organisations: OrganisationRow[]
  previous: SeedStrategy
  current: SeedStrategy
  plans: PlanRow[]
  users: UserRow[]
}
export type DemoCounts = Record<
  | 'organisations'
  | 'strategies'
  | 'goals'
  | 'measures'
  | 'periods'
  | 'indicators'
  | 'indicatorValues'
  | 'plans'
  | 'actions'
  | 'jointActions'
  | 'followUps'
  | 'users',
  number
>

// ---- the demo accounts (README.md, "Demo accounts"): they exist only with the demo data -------------

/** The password of every demo account. Public: the demo data is never a real installation's. */
export const DEMO_PASSWORD = 'Demo-2025!uppf'
/** The demo OPK account's TOTP secret (base32): add it to any authenticator app to get its codes. */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP'
/** when the demo OPK account's two-factor authentication counts as set up */
const DEMO_TOTP_ENABLED_AT = new Date('2025-01-01T08:00:00Z')

const demoUsers: UserRow[] = [
  { email: 'opk@demo.uppfoljning.se', name: 'Olivia OPK (demo)', role: 'opk_staff', organisations: [], totpSecret: DEMO_TOTP_SECRET },
  { email: 'styrgrupp@demo.uppfoljning.se', name: 'Sten Styrgrupp (demo)', role: 'steering_group', organisations: [], totpSecret: null },
  { email: 'botkyrka@demo.uppfoljning.se', name: 'Bodil Botkyrka (demo)', role: 'coordinator', organisations: ['0127'], totpSecret: null },
  { email: 'huddinge@demo.uppfoljning.se', name: 'Hugo Huddinge (demo)', role: 'coordinator', organisations: ['0126'], totpSecret: null },
  { email: 'polisen@demo.uppfoljning.se', name: 'Pia Polisen (demo)', role: 'coordinator', organisations: ['polisen'], totpSecret: null },
]

const DAY_MS = 86_400_000
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const ymd = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date))
/** a working-hours timestamp `days` after `from` */
const at = (from: Date, days: number, rng: Random) => new Date(from.getTime() + days * DAY_MS + rng.int(8 * 60, 16 * 60) * 60_000)

const readJson = <T>(dir: string, file: string): T => JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as T

// ---- building the rows (pure: the files and the seed decide everything) -------------------------

function organisationsOf(dir: string, seed: SeedOrganisations): OrganisationRow[] {
  const [header, ...lines] = readFileSync(resolve(dir, 'kommuner.csv'), 'utf8').trim().split(/\r?\n/)
  if (header !== 'kommunkod,kommun,lanskod,lan') throw new Error(`kommuner.csv: unexpected header "${header}"`)
  const municipalities = lines
    .map((line) => line.split(','))
    .filter(([, , county]) => county === seed.countyCode)
    .map(([code, name]): OrganisationRow => {
      // the genitive before "kommun": Danderyd → Danderyds kommun, Botkyrka → Botkyrka kommun
      const official = seed.municipalityNames[code] ?? `${name}${/[aeiouyåäö]$/i.test(name) ? '' : 's'} kommun`
      return { key: code, kind: 'municipality', name: official, shortName: name, municipalityCode: code, parentKey: null }
    })
  const districts = seed.districts.shortNames.map((name): OrganisationRow => ({
    key: name,
    kind: 'district',
    name: `${name}${seed.districts.nameSuffix}`,
    shortName: name,
    municipalityCode: null,
    parentKey: seed.districts.parent,
  }))
  const authorities = seed.authorities.map((a): OrganisationRow => ({ ...a, municipalityCode: null, parentKey: null }))
  return [...municipalities, ...authorities, ...districts]
}

/** Goals in write order (a sub-goal after its goal), each with its parent's code. */
function flattenGoals(
  goals: SeedGoal[],
  parentCode: string | null = null,
): (SeedGoal & { parentCode: string | null; sortOrder: number })[] {
  return goals.flatMap((goal, index) => [{ ...goal, parentCode, sortOrder: index + 1 }, ...flattenGoals(goal.subGoals ?? [], goal.code)])
}

interface MeasureInfo extends SeedMeasure {
  /** the top-level goal's code */
  topGoal: string
}

function measuresOf(strategy: SeedStrategy): MeasureInfo[] {
  return strategy.goals.flatMap((goal) =>
    flattenGoals([goal]).flatMap((g) => (g.measures ?? []).map((m) => ({ ...m, topGoal: goal.code }))),
  )
}

function plansOf(organisations: OrganisationRow[], strategy: SeedStrategy, seed: SeedPlans): PlanRow[] {
  const rng = new Random(seed.seed)
  const periods = strategy.periods ?? []
  const years = periods.map((p) => Number(p.name))
  const [firstYear, lastYear] = [Math.min(...years), Math.max(...years)]
  const openYear = Number(periods.find((p) => p.status === 'open')?.name ?? lastYear)
  const deadlines = new Map(periods.map((p) => [Number(p.name), day(p.deadline)]))
  const measures = measuresOf(strategy)
  const texts = seed.followUpTexts

  return organisations
    .filter((org) => org.kind !== 'district')
    .map((org): PlanRow => {
      const profile = seed.profiles[org.key] ?? { actions: 3 }
      const planStart = profile.startYear ?? firstYear
      const templatesFor = (m: MeasureInfo) =>
        seed.actionTemplates.filter((t) => t.measure === m.code && (t.for === org.kind || t.for === org.key))
      let eligible = measures.filter(
        (m) =>
          ((m.expectedKinds ?? []).includes(org.kind) || (m.expectedOrganisations ?? []).includes(org.key)) &&
          (m.activeFromYear ?? strategy.startYear) <= lastYear &&
          templatesFor(m).length > 0,
      )
      if (profile.focusGoals) {
        // an organisation that concentrates on a few goals and leaves the others uncovered
        const goalsWithChoice = [...new Set(eligible.map((m) => m.topGoal))].filter(
          (g) => eligible.filter((m) => m.topGoal === g).length >= 2,
        )
        const focus = rng.shuffle(goalsWithChoice).slice(0, profile.focusGoals)
        eligible = eligible.filter((m) => focus.includes(m.topGoal))
      }
      // one action per measure first, then second templates of the same measures
      const order = rng.shuffle(eligible)
      const slots = [0, 1, 2].flatMap((round) =>
        order.flatMap((m) => (templatesFor(m)[round] ? [{ measure: m, template: templatesFor(m)[round] }] : [])),
      )
      const covered = new Set<string>()

      const actions = slots.slice(0, profile.actions).map(({ measure, template }): ActionRow => {
        const extraCount = Number(rng.weighted({ '0': 5, '1': 3.5, '2': 1.5 }))
        const linked = [measure]
        for (let i = 0; i < extraCount; i++) {
          const candidates = eligible.filter((m) => !linked.includes(m))
          if (!candidates.length) break
          // measures the plan does not cover yet first, then related ones (the same goal)
          const score = (m: MeasureInfo) => (covered.has(m.code) ? 2 : 0) + (m.topGoal === measure.topGoal ? 0 : 1)
          const best = Math.min(...candidates.map(score))
          linked.push(rng.pick(candidates.filter((m) => score(m) === best)))
        }
        linked.forEach((m) => covered.add(m.code))

        const partners = new Set(
          linked.flatMap((m) => [...(m.expectedOrganisations ?? []), ...((m.expectedKinds ?? []).includes('region') ? ['region'] : [])]),
        )
        const coOwners = ['polisen', 'region', 'aklagarmyndigheten', 'kriminalvarden'].filter(
          (key) => key !== org.key && partners.has(key) && rng.chance(0.45),
        )

        const earliest = Math.max(planStart, ...linked.map((m) => m.activeFromYear ?? strategy.startYear))
        const timeline = actionTimeline(rng, earliest, lastYear)
        return {
          title: template.title,
          description: template.description,
          responsibleUnit: template.unit,
          plannedStart: timeline.start,
          plannedEnd: timeline.end,
          status: timeline.status,
          measures: linked.map((m) => m.code),
          coOwners,
          followUps: followUpsOf(rng, timeline, {
            firstYear,
            openYear,
            lastReported: profile.lastReportedYear ?? lastYear,
            deadlines,
            texts,
          }),
        }
      })

      const kindPlan = seed.plans[org.kind]
      const adopted = !profile.draft
      return {
        organisation: org.key,
        title: kindPlan.title.replace('{start}', String(planStart)).replace('{end}', String(seed.planEndYear)),
        startYear: planStart,
        endYear: seed.planEndYear,
        status: adopted ? 'adopted' : 'draft',
        adoptedOn: adopted ? ymd(planStart, rng.int(2, 6), rng.int(1, 28)) : null,
        adoptedBy: adopted ? rng.pick(kindPlan.adoptedBy) : null,
        actions,
      }
    })
}

interface Timeline {
  status: ActionStatus
  start: Date | null
  end: Date | null
  /** the first and last year the action reports on; null when it has nothing to report */
  reportFrom: number | null
  reportTo: number | null
}

/** An action's status and dates: some completed, most ongoing, some planned past their start, a few postponed or cancelled. */
function actionTimeline(rng: Random, earliest: number, lastYear: number): Timeline {
  let status = rng.weighted<ActionStatus>({ completed: 20, ongoing: 52, planned: 10, postponed: 7, cancelled: 8 })
  if ((status === 'completed' || status === 'cancelled') && earliest > lastYear - 2) status = 'ongoing'
  if (status === 'postponed' && earliest > lastYear) status = 'planned'
  const startOf = (year: number) => ymd(year, rng.pick([1, 3, 8, 9]), 1)
  switch (status) {
    case 'completed': {
      const start = rng.early(earliest, lastYear - 2)
      const end = rng.int(start + 1, lastYear - 1)
      const endsMidYear = rng.chance(0.3)
      return { status, start: startOf(start), end: endsMidYear ? ymd(end, 6, 30) : ymd(end, 12, 31), reportFrom: start, reportTo: end }
    }
    case 'cancelled': {
      const start = rng.early(earliest, lastYear - 2)
      return { status, start: startOf(start), end: ymd(start + 2, 12, 31), reportFrom: start, reportTo: rng.int(start, lastYear - 1) }
    }
    case 'ongoing': {
      const start = rng.early(earliest, lastYear)
      const end = rng.chance(0.4) ? null : ymd(rng.int(Math.max(start, lastYear), lastYear + 1), 12, 31)
      return { status, start: startOf(start), end, reportFrom: start, reportTo: lastYear }
    }
    case 'postponed': {
      const start = rng.int(Math.max(earliest, lastYear - 3), lastYear)
      return { status, start: startOf(start), end: ymd(lastYear + 1, 12, 31), reportFrom: start, reportTo: lastYear }
    }
    case 'planned': {
      if (rng.chance(0.25)) return { status, start: null, end: null, reportFrom: null, reportTo: null }
      // planned but already past its planned start: the kind of action a reviewer should notice
      const start = rng.pick([ymd(lastYear, 3, 1), ymd(lastYear, 9, 1), ymd(lastYear + 1, 1, 1)])
      const from = Math.max(start.getUTCFullYear(), earliest)
      return {
        status,
        start: ymd(from, start.getUTCMonth() + 1, 1),
        end: ymd(lastYear + 1, 12, 31),
        reportFrom: from <= lastYear ? lastYear : null,
        reportTo: lastYear,
      }
    }
  }
}

interface FollowUpContext {
  firstYear: number
  openYear: number
  /** a stale organisation stopped reporting after this year */
  lastReported: number
  deadlines: Map<number, Date>
  texts: SeedPlans['followUpTexts']
}

/** One follow-up per reporting year of the action, progress rising; approved in closed periods, mixed in the open one. */
function followUpsOf(rng: Random, t: Timeline, ctx: FollowUpContext): FollowUpRow[] {
  if (t.reportFrom === null || t.reportTo === null || !t.start) return []
  const startYear = t.start.getUTCFullYear()
  const horizon = t.status === 'completed' ? t.reportTo : (t.end?.getUTCFullYear() ?? ctx.openYear + 2)
  const rows: FollowUpRow[] = []
  let progress = 0
  for (let year = Math.max(t.reportFrom, ctx.firstYear); year <= Math.min(t.reportTo, ctx.lastReported); year++) {
    const open = year === ctx.openYear
    if (rng.chance(open ? 0.12 : 0.04)) continue // not reported that year
    const last = year === t.reportTo
    const status: ActionStatus = last ? t.status : 'ongoing'
    if (status === 'completed') progress = 100
    else if (status === 'ongoing') {
      const expected = (100 * (year - startYear + 1)) / (horizon - startYear + 2)
      progress = Math.min(95, Math.max(progress, Math.round(expected / 5) * 5 + rng.int(-1, 1) * 5, 5))
    }
    const state: FollowUpState = open
      ? rng.weighted<FollowUpState>({ draft: 25, submitted: 30, returned: 12, approved: 33 })
      : rng.chance(0.93)
        ? 'approved'
        : 'submitted'
    const deadline = ctx.deadlines.get(year)!
    const submittedAt = state === 'draft' ? null : open ? at(deadline, -rng.int(25, 120), rng) : at(deadline, -rng.int(1, 30), rng)
    const reviewed = state === 'approved' || state === 'returned'
    const reviewedAt = reviewed && submittedAt ? at(ymdOf(submittedAt), open ? rng.int(1, 4) : rng.int(5, 35), rng) : null
    const troubled = status === 'planned' || status === 'postponed' || status === 'cancelled'
    rows.push({
      period: String(year),
      status,
      progress,
      narrative: rng.pick(ctx.texts.narrative[status]),
      results: (status === 'ongoing' || status === 'completed') && progress >= 30 && rng.chance(0.7) ? rng.pick(ctx.texts.results) : '',
      obstacles: troubled || rng.chance(0.3) ? rng.pick(ctx.texts.obstacles) : '',
      state,
      submittedAt,
      reviewedAt,
      reviewComment: state === 'returned' ? rng.pick(ctx.texts.reviewComments) : null,
    })
  }
  return rows
}

const ymdOf = (date: Date) => ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())

/** Everything the demo data holds, built from the files in `dir` without touching the database. */
export function buildDemoData(dir = SEED_DIR): DemoData {
  const organisations = organisationsOf(dir, readJson<SeedOrganisations>(dir, 'organisations.json'))
  const current = readJson<SeedStrategy>(dir, 'strategy-2020-2026.json')
  const previous = readJson<SeedStrategy>(dir, 'strategy-2016-2020.json')
  return {
    organisations,
    previous,
    current,
    plans: plansOf(organisations, current, readJson<SeedPlans>(dir, 'plans.json')),
    users: demoUsers,
  }
}

// ---- writing ------------------------------------------------------------------------------------

/** Organisation ids by key; organisations that already exist (same kommunkod or name) are reused. */
async function writeOrganisations(tx: Tx, rows: OrganisationRow[]): Promise<{ ids: Map<string, number>; created: number }> {
  const existing = await tx.organisation.findMany({
    where: {
      OR: [
        { municipalityCode: { in: rows.flatMap((o) => (o.municipalityCode ? [o.municipalityCode] : [])) } },
        { name: { in: rows.map((o) => o.name) } },
      ],
    },
    select: { id: true, name: true, municipalityCode: true },
  })
  const ids = new Map<string, number>()
  for (const o of rows) {
    const found = existing.find((e) => (o.municipalityCode && e.municipalityCode === o.municipalityCode) || e.name === o.name)
    if (found) ids.set(o.key, found.id)
  }
  let created = 0
  for (const level of [rows.filter((o) => !o.parentKey), rows.filter((o) => o.parentKey)]) {
    const missing = level.filter((o) => !ids.has(o.key))
    const rowsBack = await tx.organisation.createManyAndReturn({
      data: missing.map((o) => ({
        kind: o.kind,
        name: o.name,
        shortName: o.shortName,
        municipalityCode: o.municipalityCode,
        parentId: o.parentKey ? ids.get(o.parentKey)! : null,
      })),
      select: { id: true, name: true },
    })
    const byName = new Map(rowsBack.map((r) => [r.name, r.id]))
    for (const o of missing) ids.set(o.key, byName.get(o.name)!)
    created += rowsBack.length
  }
  return { ids, created }
}

/** A strategy with its goals and measures; returns the measure ids by code. */
async function writeStrategy(
  tx: Tx,
  s: SeedStrategy,
  orgIds: Map<string, number>,
  predecessor: { id: number; measureIds: Map<string, number> } | null,
) {
  const strategy = await tx.strategy.create({
    data: {
      name: s.name,
      startYear: s.startYear,
      endYear: s.endYear,
      overallGoal: s.overallGoal,
      status: s.status,
      predecessorId: predecessor?.id ?? null,
    },
  })
  const goals = flattenGoals(s.goals)
  const goalIds = new Map<string, number>()
  for (const level of [goals.filter((g) => !g.parentCode), goals.filter((g) => g.parentCode)]) {
    const created = await tx.goal.createManyAndReturn({
      data: level.map((g) => ({
        strategyId: strategy.id,
        parentId: g.parentCode ? goalIds.get(g.parentCode)! : null,
        code: g.code,
        title: g.title,
        description: g.description,
        preconditions: g.preconditions ?? '',
        nationalGoal: g.nationalGoal ?? null,
        sortOrder: g.sortOrder,
      })),
      select: { id: true, code: true },
    })
    for (const g of created) goalIds.set(g.code, g.id)
  }
  const measures = goals.flatMap((g) => (g.measures ?? []).map((m, index) => ({ ...m, goalCode: g.code, sortOrder: index + 1 })))
  const created = await tx.measure.createManyAndReturn({
    data: measures.map((m) => ({
      goalId: goalIds.get(m.goalCode)!,
      code: m.code,
      title: m.title,
      description: m.description,
      expectedKinds: m.expectedKinds ?? [],
      targetGroups: m.targetGroups,
      violenceAreas: m.violenceAreas,
      preventionLevels: m.preventionLevels,
      activeFromYear: m.activeFromYear ?? s.startYear,
      activeToYear: m.activeToYear ?? s.endYear,
      sortOrder: m.sortOrder,
    })),
    select: { id: true, code: true },
  })
  const measureIds = new Map(created.map((m) => [m.code, m.id]))
  await tx.measureExpectedOrganisation.createMany({
    data: measures.flatMap((m) =>
      (m.expectedOrganisations ?? []).map((key) => ({ measureId: measureIds.get(m.code)!, organisationId: orgIds.get(key)! })),
    ),
  })
  if (predecessor) {
    await tx.measureSuccession.createMany({
      data: measures.flatMap((m) =>
        (m.replaces ?? []).map((code) => ({ measureId: measureIds.get(m.code)!, predecessorId: predecessor.measureIds.get(code)! })),
      ),
    })
  }
  return { id: strategy.id, goalIds, measureIds, goalCount: goals.length, measureCount: measures.length }
}

/**
 * The demo accounts, all with the one `passwordHash` (argon2 is slow: hashed once). An account whose e-mail
 * address already exists is left as it is.
 */
async function writeUsers(tx: Tx, rows: UserRow[], orgIds: Map<string, number>, passwordHash: string): Promise<number> {
  const existing = new Set(
    (await tx.user.findMany({ where: { email: { in: rows.map((u) => u.email) } }, select: { email: true } })).map((u) => u.email),
  )
  const missing = rows.filter((u) => !existing.has(u.email))
  const created = await tx.user.createManyAndReturn({
    data: missing.map((u) => ({
      email: u.email,
      name: u.name,
      role: u.role,
      passwordHash,
      totpSecret: u.totpSecret,
      totpEnabledAt: u.totpSecret ? DEMO_TOTP_ENABLED_AT : null,
    })),
    select: { id: true, email: true },
  })
  const ids = new Map(created.map((u) => [u.email, u.id]))
  await tx.userOrganisation.createMany({
    data: missing.flatMap((u) => u.organisations.map((key) => ({ userId: ids.get(u.email)!, organisationId: orgIds.get(key)! }))),
  })
  return created.length
}

async function writeDemoData(tx: Tx, data: DemoData, passwordHash: string): Promise<DemoCounts> {
  const orgs = await writeOrganisations(tx, data.organisations)
  const previous = await writeStrategy(tx, data.previous, orgs.ids, null)
  const current = await writeStrategy(tx, data.current, orgs.ids, previous)

  const periods = await tx.reportingPeriod.createManyAndReturn({
    data: (data.current.periods ?? []).map((p) => ({
      strategyId: current.id,
      name: p.name,
      startsOn: day(p.startsOn),
      endsOn: day(p.endsOn),
      deadline: day(p.deadline),
      status: p.status,
    })),
    select: { id: true, name: true },
  })
  const periodIds = new Map(periods.map((p) => [p.name, p.id]))

  const seedIndicators = data.current.indicators ?? []
  const indicators = await tx.indicator.createManyAndReturn({
    data: seedIndicators.map((i) => ({
      goalId: i.goal ? current.goalIds.get(i.goal)! : null,
      measureId: i.measure ? current.measureIds.get(i.measure)! : null,
      name: i.name,
      description: i.description,
      unit: i.unit,
      direction: i.direction,
      baselineValue: i.baselineValue ?? null,
      baselineYear: i.baselineYear ?? null,
      targetValue: i.targetValue ?? null,
      targetYear: i.targetYear ?? null,
      dataSource: i.dataSource,
    })),
    select: { id: true, name: true },
  })
  const indicatorIds = new Map(indicators.map((i) => [i.name, i.id]))
  // a figure for year Y goes to the period named "Y"; years without a period are left out
  const values = seedIndicators.flatMap((i) =>
    [
      ...Object.entries(i.countyValues).map(([year, value]) => ({
        organisation: null,
        year: Number(year),
        value,
        suppressed: false,
        note: '',
      })),
      ...(i.organisationValues ?? []).map((v) => ({
        organisation: v.organisation,
        year: v.year,
        value: v.value ?? null,
        suppressed: v.suppressed ?? false,
        note: v.note ?? '',
      })),
    ].flatMap((v) => {
      const periodId = periodIds.get(String(v.year))
      if (!periodId) return []
      return [
        {
          indicatorId: indicatorIds.get(i.name)!,
          periodId,
          organisationId: v.organisation ? orgs.ids.get(v.organisation)! : null,
          value: v.suppressed ? null : v.value,
          suppressed: v.suppressed,
          note: v.note,
        },
      ]
    }),
  )
  await tx.indicatorValue.createMany({ data: values })

  const plans = await tx.implementationPlan.createManyAndReturn({
    data: data.plans.map((p) => ({
      organisationId: orgs.ids.get(p.organisation)!,
      strategyId: current.id,
      title: p.title,
      startYear: p.startYear,
      endYear: p.endYear,
      status: p.status,
      adoptedOn: p.adoptedOn,
      adoptedBy: p.adoptedBy,
    })),
    select: { id: true, organisationId: true },
  })
  const planIds = new Map(plans.map((p) => [p.organisationId, p.id]))
  const planOf = (p: PlanRow) => planIds.get(orgs.ids.get(p.organisation)!)!

  const actionRows = data.plans.flatMap((p) => p.actions.map((a) => ({ planId: planOf(p), action: a })))
  const actions = await tx.planAction.createManyAndReturn({
    data: actionRows.map(({ planId, action: a }) => ({
      planId,
      title: a.title,
      description: a.description,
      responsibleUnit: a.responsibleUnit,
      plannedStart: a.plannedStart,
      plannedEnd: a.plannedEnd,
      status: a.status,
    })),
    select: { id: true, planId: true, title: true },
  })
  // titles are unique within a plan (one template per action)
  const actionIds = new Map(actions.map((a) => [`${a.planId}|${a.title}`, a.id]))
  const withIds = actionRows.map(({ planId, action }) => ({ id: actionIds.get(`${planId}|${action.title}`)!, action }))
  await tx.planActionMeasure.createMany({
    data: withIds.flatMap(({ id, action }) => action.measures.map((code) => ({ actionId: id, measureId: current.measureIds.get(code)! }))),
  })
  await tx.planActionCoOwner.createMany({
    data: withIds.flatMap(({ id, action }) => action.coOwners.map((key) => ({ actionId: id, organisationId: orgs.ids.get(key)! }))),
  })
  const followUps = withIds.flatMap(({ id, action }) =>
    action.followUps.map(({ period, ...f }) => ({ actionId: id, periodId: periodIds.get(period)!, ...f })),
  )
  await tx.followUp.createMany({ data: followUps })
  const users = await writeUsers(tx, data.users, orgs.ids, passwordHash)

  return {
    organisations: orgs.created,
    strategies: 2,
    goals: previous.goalCount + current.goalCount,
    measures: previous.measureCount + current.measureCount,
    periods: periods.length,
    indicators: indicators.length,
    indicatorValues: values.length,
    plans: plans.length,
    actions: actions.length,
    jointActions: withIds.filter(({ action }) => action.coOwners.length > 0).length,
    followUps: followUps.length,
    users,
  }
}

/**
 * Loads the demo data through `client` in one transaction, if the database has no strategy yet.
 * Returns counts of what it created, or null when the database already had a strategy (nothing written).
 */
export async function loadDemoData(client: Db, dir = SEED_DIR): Promise<DemoCounts | null> {
  const data = buildDemoData(dir)
  return client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DEMO_LOCK_KEY})`
      if ((await tx.strategy.count()) > 0) return null
      // hashed once for every demo account, and only when they are written (argon2 is slow on purpose)
      return writeDemoData(tx, data, await hashPassword(DEMO_PASSWORD))
    },
    { timeout: 60_000, maxWait: 10_000 },
  )
}

/** The demo data into the process's database when it has no strategy (server start-up); counts or null. */
export async function loadDemoDataIfEmpty(): Promise<Record<string, number> | null> {
  return loadDemoData(db())
}
