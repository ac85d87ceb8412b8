// The synthetic data of the M and L benchmark scales, built from the real structure: the organisations from
// prisma/seed (kommuner.csv, organisations.json), the county strategy 2020–2026's goals, measures and indicators,
// the action templates and follow-up texts of plans.json, the demo accounts. Pure: the same scale always gives
// the same rows (a seeded PRNG per plan and per action, so rows do not depend on the order they are written in).
// Ids are assigned here (the load goes into an empty database), so that links need no round trip.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildDemoData, SEED_DIR } from '../backend/src/db/demo-data'
import { Random } from '../backend/src/db/random'

export type Scale = 'S' | 'M' | 'L'
export const SCALES: Scale[] = ['S', 'M', 'L']

export interface ScaleSpec {
  scale: Scale
  description: string
  /** actions per organisation (M, L); S is the demo data */
  actionsPerOrganisation: number
  /** every municipality of Sweden and about 120 authorities, or Stockholm County only */
  national: boolean
}

export const SPECS: Record<Scale, ScaleSpec> = {
  S: { scale: 'S', description: 'the demo data (Stockholm County, 5 periods)', actionsPerOrganisation: 0, national: false },
  M: {
    scale: 'M',
    description: 'Stockholm County: 26 municipalities + 6 authorities, 10 periods, 150 actions each',
    actionsPerOrganisation: 150,
    national: false,
  },
  L: {
    scale: 'L',
    description: 'national: 290 municipalities + 120 authorities, 10 periods, 200 actions each',
    actionsPerOrganisation: 200,
    national: true,
  },
}

const SEED = 20261123
/** the yearly reporting periods of M and L: 2016–2025, the last one open */
export const FIRST_YEAR = 2016
export const PERIOD_COUNT = 10
const LAST_YEAR = FIRST_YEAR + PERIOD_COUNT - 1
/** createdAt/updatedAt of every synthetic row (a fixed time keeps the data deterministic) */
export const STAMP = '2025-11-01 08:00:00'

type Kind = 'municipality' | 'district' | 'authority' | 'region' | 'association'
export type ActionStatus = 'planned' | 'ongoing' | 'completed' | 'postponed' | 'cancelled'
export type FollowUpState = 'draft' | 'submitted' | 'returned' | 'approved'

export interface OrganisationRow {
  id: number
  key: string
  /** the real organisation whose measures this one acts on (polisen for every police region), or its kind */
  role: string
  kind: Kind
  name: string
  shortName: string
  municipalityCode: string | null
}
export interface GoalRow {
  id: number
  parentId: number | null
  code: string
  title: string
  description: string
  preconditions: string
  nationalGoal: string | null
  sortOrder: number
}
export interface MeasureRow {
  id: number
  goalId: number
  code: string
  title: string
  description: string
  expectedKinds: Kind[]
  expectedRoles: string[]
  targetGroups: string[]
  violenceAreas: string[]
  preventionLevels: string[]
  activeFromYear: number
  activeToYear: number
  sortOrder: number
}
export interface PeriodRow {
  id: number
  year: number
  name: string
  startsOn: string
  endsOn: string
  deadline: string
  status: 'closed' | 'open'
}
export interface PlanRow {
  id: number
  organisation: OrganisationRow
  title: string
  status: 'adopted' | 'draft'
  adoptedOn: string | null
  adoptedBy: string | null
}
export interface ActionRow {
  id: number
  planId: number
  title: string
  description: string
  responsibleUnit: string
  plannedStart: string | null
  plannedEnd: string | null
  status: ActionStatus
  measureIds: number[]
  coOwnerIds: number[]
  /** the year the action starts reporting progress, and the year it ends (completed, cancelled) */
  startYear: number
  endYear: number
}
export interface FollowUpRow {
  actionId: number
  periodId: number
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

interface SeedGoal {
  code: string
  title: string
  description: string
  preconditions?: string
  nationalGoal?: string
  measures?: SeedMeasure[]
  subGoals?: SeedGoal[]
}
interface SeedMeasure {
  code: string
  title: string
  description: string
  expectedKinds?: Kind[]
  expectedOrganisations?: string[]
  targetGroups: string[]
  violenceAreas: string[]
  preventionLevels: string[]
  activeFromYear?: number
  activeToYear?: number
}
interface SeedIndicator {
  goal?: string
  measure?: string
  name: string
  description: string
  unit: string
  direction: 'increase' | 'decrease'
  baselineValue?: number
  baselineYear?: number
  targetValue?: number
  targetYear?: number
  dataSource: string
  countyValues: Record<string, number>
  organisationValues?: { organisation: string; year: number; value?: number; suppressed?: boolean; note?: string }[]
}
interface SeedStrategy {
  name: string
  startYear: number
  endYear: number
  overallGoal: string
  goals: SeedGoal[]
  indicators?: SeedIndicator[]
}
interface SeedPlans {
  planEndYear: number
  plans: Record<string, { title: string; adoptedBy: string[] }>
  actionTemplates: { measure: string; for: string; title: string; unit: string; description: string }[]
  followUpTexts: { narrative: Record<ActionStatus, string[]>; results: string[]; obstacles: string[]; reviewComments: string[] }
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(resolve(SEED_DIR, file), 'utf8')) as T

// ---- organisations -------------------------------------------------------------------------------

/** The other police regions, Kriminalvården's regions, prosecution offices and Barnahus of the L scale. */
const POLICE_REGIONS = ['Nord', 'Mitt', 'Bergslagen', 'Öst', 'Väst', 'Syd']
const PRISON_REGIONS = ['Nord', 'Mitt', 'Öst', 'Väst', 'Syd']
const PROSECUTION_CITIES = [
  'Uppsala',
  'Eskilstuna',
  'Linköping',
  'Norrköping',
  'Jönköping',
  'Växjö',
  'Kalmar',
  'Visby',
  'Karlskrona',
  'Malmö',
  'Helsingborg',
  'Lund',
  'Kristianstad',
  'Halmstad',
  'Göteborg',
  'Borås',
  'Uddevalla',
  'Skövde',
  'Karlstad',
  'Örebro',
  'Västerås',
  'Falun',
  'Gävle',
  'Sundsvall',
  'Östersund',
  'Umeå',
  'Skellefteå',
  'Luleå',
  'Haparanda',
]
const BARNAHUS_CITIES = [
  'Uppsala',
  'Linköping',
  'Jönköping',
  'Växjö',
  'Kalmar',
  'Malmö',
  'Halmstad',
  'Göteborg',
  'Karlstad',
  'Örebro',
  'Västerås',
  'Gävle',
  'Umeå',
  'Luleå',
]

/** "Västra Götalands län" → "Västra Götaland", "Dalarnas län" → "Dalarna", "Skåne län" → "Skåne" */
const countyStem = (county: string) => county.replace(/ län$/, '').replace(/([^s])s$/, '$1')

function organisationsOf(spec: ScaleSpec): Omit<OrganisationRow, 'id'>[] {
  const demo = buildDemoData().organisations.filter((o) => o.kind !== 'district')
  const own = demo.map((o) => ({
    key: o.key,
    role: o.kind === 'municipality' ? 'municipality' : o.key,
    kind: o.kind as Kind,
    name: o.name,
    shortName: o.shortName,
    municipalityCode: o.municipalityCode,
  }))
  if (!spec.national) return own
  const [, ...lines] = readFileSync(resolve(SEED_DIR, 'kommuner.csv'), 'utf8').trim().split(/\r?\n/)
  const rows = lines.map((line) => line.split(','))
  const known = new Set(own.map((o) => o.municipalityCode))
  const municipalities = rows
    .filter(([code]) => !known.has(code))
    .map(([code, name]) => ({
      key: code,
      role: 'municipality',
      kind: 'municipality' as Kind,
      name: `${name}${/[aeiouyåäö]$/i.test(name) ? '' : 's'} kommun`,
      shortName: name,
      municipalityCode: code,
    }))
  const counties = [...new Map(rows.filter(([, , lanskod]) => lanskod !== '01').map(([, , lanskod, county]) => [lanskod, county])).values()]
  const authority = (key: string, role: string, kind: Kind, name: string, shortName: string) => ({
    key,
    role,
    kind,
    name,
    shortName,
    municipalityCode: null,
  })
  const authorities = [
    ...counties.flatMap((county) => {
      const stem = countyStem(county)
      return [
        authority(`lst-${stem}`, 'lansstyrelsen', 'authority', `Länsstyrelsen i ${county}`, `Länsstyrelsen ${stem}`),
        authority(`region-${stem}`, 'region', 'region', `Region ${stem}`, `Region ${stem}`),
        authority(`forbund-${stem}`, 'storsthlm', 'association', `Kommunförbundet ${stem}`, `Kommunförbundet ${stem}`),
      ]
    }),
    ...POLICE_REGIONS.map((r) => authority(`polisen-${r}`, 'polisen', 'authority', `Polismyndigheten – region ${r}`, `Polisen ${r}`)),
    ...PRISON_REGIONS.map((r) =>
      authority(`kriminalvarden-${r}`, 'kriminalvarden', 'authority', `Kriminalvården – region ${r}`, `Kriminalvården ${r}`),
    ),
    ...PROSECUTION_CITIES.map((c) =>
      authority(
        `aklagare-${c}`,
        'aklagarmyndigheten',
        'authority',
        `Åklagarmyndigheten – allmänna åklagarkammaren i ${c}`,
        `Åklagarkammaren ${c}`,
      ),
    ),
    ...BARNAHUS_CITIES.map((c) => authority(`barnahus-${c}`, 'region', 'region', `Barnahus ${c}`, `Barnahus ${c}`)),
  ]
  return [...own, ...municipalities, ...authorities]
}

// ---- the strategy -----------------------------------------------------------------------------------

function flatten(goals: SeedGoal[], parentCode: string | null = null): (SeedGoal & { parentCode: string | null; sortOrder: number })[] {
  return goals.flatMap((goal, index) => [{ ...goal, parentCode, sortOrder: index + 1 }, ...flatten(goal.subGoals ?? [], goal.code)])
}

export interface Structure {
  spec: ScaleSpec
  organisations: OrganisationRow[]
  strategy: { id: number; name: string; startYear: number; endYear: number; overallGoal: string }
  goals: GoalRow[]
  measures: MeasureRow[]
  /** (measure, organisation) pairs: every organisation whose role a measure names */
  expectedOrganisations: { measureId: number; organisationId: number }[]
  periods: PeriodRow[]
  indicators: (Omit<SeedIndicator, 'goal' | 'measure' | 'countyValues' | 'organisationValues'> & {
    id: number
    goalId: number | null
    measureId: number | null
  })[]
  indicatorValues: {
    id: number
    indicatorId: number
    organisationId: number | null
    periodId: number
    value: number | null
    suppressed: boolean
    note: string
  }[]
  users: { id: number; email: string; name: string; role: string; totpSecret: string | null; organisationIds: number[] }[]
  plans: PlanRow[]
}

/** Everything but the actions and follow-ups (those are generated while they are written: see actionsOf). */
export function buildStructure(spec: ScaleSpec): Structure {
  const organisations = organisationsOf(spec).map((o, i) => ({ ...o, id: i + 1 }))
  const byKey = new Map(organisations.map((o) => [o.key, o]))
  const seed = readJson<SeedStrategy>('strategy-2020-2026.json')
  // the strategy's span is widened to hold ten yearly periods
  const strategy = { id: 1, name: seed.name, startYear: FIRST_YEAR, endYear: LAST_YEAR + 1, overallGoal: seed.overallGoal }

  const flat = flatten(seed.goals)
  const goalIds = new Map(flat.map((g, i) => [g.code, i + 1]))
  const goals: GoalRow[] = flat.map((g) => ({
    id: goalIds.get(g.code)!,
    parentId: g.parentCode ? goalIds.get(g.parentCode)! : null,
    code: g.code,
    title: g.title,
    description: g.description,
    preconditions: g.preconditions ?? '',
    nationalGoal: g.nationalGoal ?? null,
    sortOrder: g.sortOrder,
  }))
  const measures: MeasureRow[] = flat
    .flatMap((g) => (g.measures ?? []).map((m, index) => ({ m, goalId: goalIds.get(g.code)!, sortOrder: index + 1 })))
    .map(({ m, goalId, sortOrder }, i) => ({
      id: i + 1,
      goalId,
      code: m.code,
      title: m.title,
      description: m.description,
      expectedKinds: m.expectedKinds ?? [],
      expectedRoles: m.expectedOrganisations ?? [],
      targetGroups: m.targetGroups,
      violenceAreas: m.violenceAreas,
      preventionLevels: m.preventionLevels,
      activeFromYear: m.activeFromYear ?? strategy.startYear,
      activeToYear: m.activeToYear ?? strategy.endYear,
      sortOrder,
    }))
  const expectedOrganisations = measures.flatMap((m) =>
    organisations
      .filter((o) => o.kind !== 'municipality' && m.expectedRoles.includes(o.role))
      .map((o) => ({ measureId: m.id, organisationId: o.id })),
  )

  const periods: PeriodRow[] = Array.from({ length: PERIOD_COUNT }, (_, i) => {
    const year = FIRST_YEAR + i
    return {
      id: i + 1,
      year,
      name: String(year),
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      deadline: `${year + 1}-02-15`,
      status: year === LAST_YEAR ? 'open' : 'closed',
    }
  })
  const periodOf = new Map(periods.map((p) => [p.year, p.id]))
  const measureIds = new Map(measures.map((m) => [m.code, m.id]))
  const indicators = (seed.indicators ?? []).map(({ goal, measure, countyValues: _c, organisationValues: _o, ...rest }, i) => ({
    ...rest,
    id: i + 1,
    goalId: goal ? goalIds.get(goal)! : null,
    measureId: measure ? measureIds.get(measure)! : null,
  }))
  const indicatorValues = (seed.indicators ?? [])
    .flatMap((indicator, i) => [
      ...Object.entries(indicator.countyValues).map(([year, value]) => ({
        indicatorId: i + 1,
        organisationId: null,
        year: Number(year),
        value,
        suppressed: false,
        note: '',
      })),
      // values of organisations the scale does not have (districts) are left out
      ...(indicator.organisationValues ?? [])
        .filter((v) => byKey.has(v.organisation))
        .map((v) => ({
          indicatorId: i + 1,
          organisationId: byKey.get(v.organisation)!.id,
          year: v.year,
          value: v.suppressed ? null : (v.value ?? null),
          suppressed: v.suppressed ?? false,
          note: v.note ?? '',
        })),
    ])
    .flatMap(({ year, ...v }) => (periodOf.has(year) ? [{ ...v, periodId: periodOf.get(year)! }] : []))
    .map((v, i) => ({ ...v, id: i + 1 }))

  const users = buildDemoData().users.map((u, i) => ({
    id: i + 1,
    email: u.email,
    name: u.name,
    role: u.role,
    totpSecret: u.totpSecret,
    organisationIds: u.organisations.map((key) => byKey.get(key)!.id),
  }))

  const plansSeed = readJson<SeedPlans>('plans.json')
  const plans: PlanRow[] = organisations.map((organisation, i) => {
    const rng = new Random(SEED, 1, i)
    const kindPlan = plansSeed.plans[organisation.kind]
    const adopted = rng.chance(0.92)
    return {
      id: i + 1,
      organisation,
      title: kindPlan.title
        .replace('Storsthlms', `${organisation.shortName}s`)
        .replace('Region Stockholms', `${organisation.shortName}s`)
        .replace('{start}', String(FIRST_YEAR))
        .replace('{end}', String(plansSeed.planEndYear)),
      status: adopted ? 'adopted' : 'draft',
      adoptedOn: adopted ? `${FIRST_YEAR}-0${rng.int(2, 6)}-${String(rng.int(1, 28)).padStart(2, '0')}` : null,
      adoptedBy: adopted ? rng.pick(kindPlan.adoptedBy) : null,
    }
  })
  return { spec, organisations, strategy, goals, measures, expectedOrganisations, periods, indicators, indicatorValues, users, plans }
}

// ---- actions and follow-ups ------------------------------------------------------------------------

const dateOf = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/** Every plan's actions, plan by plan (each plan has its own PRNG): 1–3 linked measures, some joint with a partner. */
export function* actionsOf(s: Structure): Generator<ActionRow> {
  const templates = readJson<SeedPlans>('plans.json').actionTemplates
  const partners = s.organisations.filter((o) => o.kind !== 'municipality')
  let id = 0
  for (const plan of s.plans) {
    const org = plan.organisation
    const rng = new Random(SEED, 2, plan.id)
    let eligible = s.measures.filter((m) => m.expectedKinds.includes(org.kind) || m.expectedRoles.includes(org.role))
    if (eligible.length === 0) eligible = s.measures
    const order = rng.shuffle(eligible)
    const titles = new Map<string, number>()
    for (let n = 0; n < s.spec.actionsPerOrganisation; n++) {
      const measure = order[n % order.length]
      const fitting = templates.filter((t) => t.measure === measure.code && (t.for === org.kind || t.for === org.role))
      const candidates = fitting.length ? fitting : templates.filter((t) => t.measure === measure.code)
      const template = candidates.length
        ? rng.pick(candidates)
        : { title: `Insats inom åtgärd ${measure.code}`, unit: 'Verksamhetsledningen', description: measure.description }
      const seen = (titles.get(template.title) ?? 0) + 1
      titles.set(template.title, seen)
      const linked = [measure.id]
      for (let extra = Number(rng.weighted({ '0': 5, '1': 3.5, '2': 1.5 })); extra > 0; extra--) {
        const other = rng.pick(eligible.length > 1 ? eligible : s.measures)
        if (!linked.includes(other.id)) linked.push(other.id)
      }
      const coOwnerIds = rng.chance(0.12) ? [rng.pick(partners.filter((p) => p.id !== org.id)).id] : []

      const status = rng.weighted<ActionStatus>({ completed: 20, ongoing: 52, planned: 10, postponed: 7, cancelled: 8 })
      const startYear =
        status === 'planned'
          ? rng.int(LAST_YEAR - 1, LAST_YEAR + 1)
          : rng.early(FIRST_YEAR, LAST_YEAR - (status === 'completed' || status === 'cancelled' ? 2 : 0))
      const endYear =
        status === 'completed'
          ? rng.int(startYear + 1, LAST_YEAR - 1)
          : status === 'cancelled'
            ? rng.int(startYear, LAST_YEAR - 1)
            : LAST_YEAR + 1
      const undated = status === 'planned' && rng.chance(0.25)
      id++
      yield {
        id,
        planId: plan.id,
        title: seen > 1 ? `${template.title} (${seen})` : template.title,
        description: template.description,
        responsibleUnit: template.unit,
        plannedStart: undated ? null : dateOf(startYear, rng.pick([1, 3, 8, 9]), 1),
        plannedEnd:
          undated || (status === 'ongoing' && rng.chance(0.4))
            ? null
            : status === 'completed' || status === 'cancelled'
              ? dateOf(endYear, 12, 31)
              : dateOf(LAST_YEAR + 1, 12, 31),
        status,
        measureIds: linked,
        coOwnerIds,
        startYear,
        endYear,
      }
    }
  }
}

/** The follow-up texts of plans.json (read once per load, not once per action). */
export const followUpTexts = () => readJson<SeedPlans>('plans.json').followUpTexts
const DAY_MS = 86_400_000

/**
 * One follow-up per reporting period: "planned" before the action starts, progress rising while it runs, its final
 * status from the year it ended. Approved (93 %) or submitted in closed periods; a mix of every state in the open one.
 */
export function followUpsOf(action: ActionRow, periods: PeriodRow[], t: ReturnType<typeof followUpTexts>): FollowUpRow[] {
  const rng = new Random(SEED, 3, action.id)
  let progress = 0
  return periods.map((period) => {
    const year = period.year
    let status: ActionStatus
    if (year < action.startYear || action.status === 'planned') status = 'planned'
    else if (year > action.endYear || (year === action.endYear && action.status !== 'ongoing' && action.status !== 'postponed'))
      status = action.status
    else if (action.status === 'postponed' && year >= LAST_YEAR - 1) status = 'postponed'
    else status = 'ongoing'
    if (status === 'completed') progress = 100
    else if (status === 'ongoing') {
      const expected = (100 * (year - action.startYear + 1)) / (Math.max(action.endYear, LAST_YEAR) - action.startYear + 2)
      progress = Math.min(95, Math.max(progress, Math.round(expected / 5) * 5 + rng.int(-1, 1) * 5, 5))
    } else if (status === 'planned') progress = 0
    const open = period.status === 'open'
    const state: FollowUpState = open
      ? rng.weighted<FollowUpState>({ draft: 25, submitted: 30, returned: 12, approved: 33 })
      : rng.chance(0.93)
        ? 'approved'
        : 'submitted'
    const deadline = Date.parse(`${period.deadline}T00:00:00Z`)
    const minutes = rng.int(8 * 60, 16 * 60) * 60_000
    const submittedAt = state === 'draft' ? null : new Date(deadline - rng.int(1, open ? 120 : 30) * DAY_MS + minutes)
    const reviewedAt =
      submittedAt && (state === 'approved' || state === 'returned') ? new Date(submittedAt.getTime() + rng.int(1, 35) * DAY_MS) : null
    const troubled = status === 'planned' || status === 'postponed' || status === 'cancelled'
    return {
      actionId: action.id,
      periodId: period.id,
      status,
      progress,
      narrative: rng.pick(t.narrative[status]),
      results: (status === 'ongoing' || status === 'completed') && progress >= 30 && rng.chance(0.7) ? rng.pick(t.results) : '',
      obstacles: troubled || rng.chance(0.3) ? rng.pick(t.obstacles) : '',
      state,
      submittedAt,
      reviewedAt,
      reviewComment: state === 'returned' ? rng.pick(t.reviewComments) : null,
    }
  })
}
