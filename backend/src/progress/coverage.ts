import { isLiveAction } from './action-progress'
import { basisOf, mergeBases } from './basis'
import { sortedUnique } from './collections'
import type { ActionInput, Basis, MeasureInput, OrganisationInput, ProgressInput } from './inputs'
import { isMeasureActiveIn, periodById } from './periods'
import { isOwnedByAny, measuresUnderGoal, organisationWithSubUnits } from './trees'

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
  return organisations.filter((o) => !o.archived && (measure.expectedKinds.includes(o.kind) || measure.expectedOrganisationIds.includes(o.id)))
}

/**
 * Who of the expected organisations acts on the measure: an organisation is covered when it, or one of its
 * sub-units, owns or co-owns an active action linked to the measure.
 */
export function measureCoverage(measure: MeasureInput, organisations: OrganisationInput[], actions: ActionInput[]): MeasureCoverage {
  const onMeasure = actions.filter((a) => isActiveAction(a) && a.measureIds.includes(measure.id))
  const expected = expectedOrganisations(measure, organisations)
  const coveringActions = expected.map((o) => {
    const owners = organisationWithSubUnits(organisations, o.id)
    return { organisationId: o.id, actionIds: sortedUnique(onMeasure.filter((a) => isOwnedByAny(a, owners)).map((a) => a.id)) }
  })
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

/** One organisation's coverage: the active measures it is expected on, and those it acts on. */
function organisationCoverage(organisationId: number, measures: MeasureCoverage[]): OrganisationCoverage {
  const expectedOn = measures.filter((m) => m.expectedOrganisationIds.includes(organisationId))
  const coveredOn = expectedOn.filter((m) => m.coveredOrganisationIds.includes(organisationId))
  return {
    organisationId,
    expected: expectedOn.length,
    covered: coveredOn.length,
    coverage: expectedOn.length === 0 ? null : coveredOn.length / expectedOn.length,
    gapMeasureIds: expectedOn.filter((m) => !coveredOn.includes(m)).map((m) => m.measureId),
    // this organisation's covering actions only, not other organisations' actions on the same measures
    basis: basisOf({
      measureIds: coveredOn.map((m) => m.measureId),
      actionIds: coveredOn.flatMap((m) => m.coveredBy.find((c) => c.organisationId === organisationId)?.actionIds ?? []),
    }),
  }
}

/**
 * Coverage in the period: per measure active in the period (its active years overlap the period's), per
 * goal (its and its sub-goals' measures), per organisation, county-wide, and the list of gaps.
 */
export function coverage(input: ProgressInput, periodId: number): Coverage {
  const period = periodById(input.periods, periodId)
  const active = input.measures.filter((m) => isMeasureActiveIn(m, period))
  const measures = active.map((m) => measureCoverage(m, input.organisations, input.actions))
  return {
    periodId,
    measures,
    goals: input.goals.map((g) => {
      const under = new Set(measuresUnderGoal(input.goals, active, g.id).map((m) => m.id))
      return { goalId: g.id, ...totalCoverage(measures.filter((m) => under.has(m.measureId))) }
    }),
    organisations: input.organisations.filter((o) => !o.archived).map((o) => organisationCoverage(o.id, measures)),
    county: totalCoverage(measures),
    gaps: measures.flatMap((m) => m.gapOrganisationIds.map((organisationId) => ({ measureId: m.measureId, organisationId }))),
  }
}
