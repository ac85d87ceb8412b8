import { isLiveAction } from './action-progress'
import { basisOf, mergeBases } from './basis'
import { groupBy, sortedUnique } from './collections'
import { figureOrganisations, type FigureOptions } from './implementation-progress'
import type { ActionInput, Basis, MeasureInput, OrganisationInput, ProgressInput } from './inputs'
import { isMeasureActiveIn, periodById } from './periods'
import { measuresUnderGoal, ownership, type Ownership } from './trees'

/** Which of the organisations expected to act on a measure do. */
export interface MeasureCoverage {
  measureId: number
  expectedOrganisationIds: number[]
  coveredOrganisationIds: number[]
  /** expected but without an active action on the measure */
  gapOrganisationIds: number[]
  /** per covered organisation, the active actions (its own, co-owned, or its sub-units') that cover it */
  coveredBy: { organisationId: number; actionIds: number[] }[]
  /** covered / expected, 0–1; null when no organisation is expected */
  coverage: number | null
  /** the measure and the active actions through which the expected organisations cover it */
  basis: Basis
}

/** Coverage summed over (measure, expected organisation) pairs. */
export interface CoverageTotal {
  /** expected pairs */
  expected: number
  /** covered pairs */
  covered: number
  /** covered / expected; null when nothing is expected */
  coverage: number | null
  basis: Basis
}

export type GoalCoverage = CoverageTotal & { goalId: number }
/** An organisation's coverage over the measures it is expected to act on. */
export type OrganisationCoverage = CoverageTotal & { organisationId: number; gapMeasureIds: number[] }

export interface CoverageGap {
  measureId: number
  organisationId: number
}

/** Coverage in one period: only measures active in the period are expected of anyone. */
export interface Coverage {
  periodId: number
  measures: MeasureCoverage[]
  goals: GoalCoverage[]
  organisations: OrganisationCoverage[]
  county: CoverageTotal
  /** every (measure, organisation) pair expected but not covered */
  gaps: CoverageGap[]
}

/** Active for coverage: not archived, not cancelled, in a plan that is not archived. A completed action counts: the organisation acted. */
export function isActiveAction(action: ActionInput): boolean {
  return isLiveAction(action) && action.status !== 'cancelled'
}

/**
 * The organisations expected to act on a measure: those (not archived) whose kind is among its expected
 * kinds, and those named. Kinds are taken literally: a district (stadsdelsområde) is not a municipality.
 */
export function expectedOrganisations(measure: MeasureInput, organisations: OrganisationInput[]): OrganisationInput[] {
  return organisations.filter(
    (o) => !o.archived && (measure.expectedKinds.includes(o.kind) || measure.expectedOrganisationIds.includes(o.id)),
  )
}

/**
 * Who of the expected organisations acts on the measure: an organisation is covered when it, or one of its
 * sub-units, owns or co-owns an active action linked to the measure.
 */
export function measureCoverage(measure: MeasureInput, organisations: OrganisationInput[], actions: ActionInput[]): MeasureCoverage {
  return coverageOfMeasure(
    measure,
    organisations,
    actions.filter((a) => isActiveAction(a) && a.measureIds.includes(measure.id)),
    ownership(organisations),
  )
}

/** measureCoverage over the measure's active actions, with the organisations' ownership rules built once. */
function coverageOfMeasure(
  measure: MeasureInput,
  organisations: OrganisationInput[],
  onMeasure: ActionInput[],
  owners: Ownership,
): MeasureCoverage {
  const expected = expectedOrganisations(measure, organisations)
  const byOrganisation = owners.index(onMeasure)
  const coveringActions = expected.map((o) => ({
    organisationId: o.id,
    actionIds: sortedUnique((byOrganisation.get(o.id) ?? []).map((a) => a.id)),
  }))
  const covered = coveringActions.filter((c) => c.actionIds.length > 0)
  return {
    measureId: measure.id,
    expectedOrganisationIds: sortedUnique(expected.map((o) => o.id)),
    coveredOrganisationIds: sortedUnique(covered.map((c) => c.organisationId)),
    gapOrganisationIds: sortedUnique(coveringActions.filter((c) => c.actionIds.length === 0).map((c) => c.organisationId)),
    coveredBy: covered.sort((a, b) => a.organisationId - b.organisationId),
    coverage: expected.length === 0 ? null : covered.length / expected.length,
    basis: basisOf({ measureIds: [measure.id], actionIds: covered.flatMap((c) => c.actionIds) }),
  }
}

/** The sum over measures' coverage, counted in (measure, expected organisation) pairs. */
export function totalCoverage(measures: MeasureCoverage[]): CoverageTotal {
  const expected = measures.reduce((sum, m) => sum + m.expectedOrganisationIds.length, 0)
  const covered = measures.reduce((sum, m) => sum + m.coveredOrganisationIds.length, 0)
  return { expected, covered, coverage: expected === 0 ? null : covered / expected, basis: mergeBases(measures.map((m) => m.basis)) }
}

/** A measure's coverage with sets to look organisations up in. */
interface IndexedCoverage {
  coverage: MeasureCoverage
  expected: Set<number>
  covered: Map<number, number[]>
}

/** One organisation's coverage: the active measures it is expected on, and those it acts on. */
function organisationCoverage(organisationId: number, measures: IndexedCoverage[]): OrganisationCoverage {
  const expectedOn = measures.filter((m) => m.expected.has(organisationId))
  const coveredOn = expectedOn.filter((m) => m.covered.has(organisationId))
  return {
    organisationId,
    expected: expectedOn.length,
    covered: coveredOn.length,
    coverage: expectedOn.length === 0 ? null : coveredOn.length / expectedOn.length,
    gapMeasureIds: expectedOn.filter((m) => !m.covered.has(organisationId)).map((m) => m.coverage.measureId),
    // this organisation's covering actions only, not other organisations' actions on the same measures
    basis: basisOf({
      measureIds: coveredOn.map((m) => m.coverage.measureId),
      actionIds: coveredOn.flatMap((m) => m.covered.get(organisationId)!),
    }),
  }
}

/**
 * Coverage in the period: per measure active in the period (its active years overlap the period's), per
 * goal (its and its sub-goals' measures), per organisation (only those in `options.organisationIds` when given),
 * county-wide, and the list of gaps. Linear in the actions.
 */
export function coverage(input: ProgressInput, periodId: number, options: FigureOptions = {}): Coverage {
  const period = periodById(input.periods, periodId)
  const active = input.measures.filter((m) => isMeasureActiveIn(m, period))
  const owners = ownership(input.organisations)
  const activeOn = groupBy(input.actions.filter(isActiveAction), (a) => a.measureIds)
  const measures = active.map((m) => coverageOfMeasure(m, input.organisations, activeOn.get(m.id) ?? [], owners))
  const indexed = measures.map((c) => ({
    coverage: c,
    expected: new Set(c.expectedOrganisationIds),
    covered: new Map(c.coveredBy.map((by) => [by.organisationId, by.actionIds])),
  }))
  return {
    periodId,
    measures,
    goals: input.goals.map((g) => {
      const under = new Set(measuresUnderGoal(input.goals, active, g.id).map((m) => m.id))
      return { goalId: g.id, ...totalCoverage(measures.filter((m) => under.has(m.measureId))) }
    }),
    organisations: figureOrganisations(input, options).map((o) => organisationCoverage(o.id, indexed)),
    county: totalCoverage(measures),
    gaps: measures.flatMap((m) => m.gapOrganisationIds.map((organisationId) => ({ measureId: m.measureId, organisationId }))),
  }
}
