// Plain-object builders with neutral defaults, for the progress model's table-driven tests (and for any
// test that feeds the model): a row is written with only the fields the case is about.
import type { ActionStatus, IndicatorDirection, OrganisationKind } from '@uppfoljning/contract'
import type {
  ActionInput,
  FollowUpInput,
  GoalInput,
  IndicatorInput,
  IndicatorValueInput,
  MeasureInput,
  OrganisationInput,
  PeriodInput,
  ProgressInput,
} from './inputs'

/** A calendar-year period "2025". */
export const yearPeriod = (id: number, year: number): PeriodInput => ({ id, startsOn: `${year}-01-01`, endsOn: `${year}-12-31` })

export const goal = (id: number, parentId: number | null = null): GoalInput => ({ id, parentId })

export const measure = (id: number, goalId: number, more: Partial<MeasureInput> = {}): MeasureInput => ({
  id,
  goalId,
  expectedKinds: [],
  expectedOrganisationIds: [],
  activeFromYear: null,
  activeToYear: null,
  ...more,
})

export const organisation = (id: number, kind: OrganisationKind, more: Partial<OrganisationInput> = {}): OrganisationInput => ({
  id,
  kind,
  parentId: null,
  archived: false,
  ...more,
})

export const action = (id: number, planOrganisationId: number, measureIds: number[], more: Partial<ActionInput> = {}): ActionInput => ({
  id,
  planOrganisationId,
  planArchived: false,
  coOwnerIds: [],
  measureIds,
  status: 'ongoing',
  plannedStart: null,
  archived: false,
  ...more,
})

/** An approved follow-up unless `more.state` says otherwise. */
export const followUp = (
  id: number,
  actionId: number,
  periodId: number,
  status: ActionStatus,
  progress = 0,
  more: Partial<FollowUpInput> = {},
): FollowUpInput => ({
  id,
  actionId,
  periodId,
  state: 'approved',
  status,
  progress,
  submittedAt: '2025-01-31T12:00:00.000Z',
  archived: false,
  ...more,
})

export const indicator = (
  id: number,
  direction: IndicatorDirection,
  baselineValue: number | null,
  targetValue: number | null,
): IndicatorInput => ({
  id,
  goalId: 1,
  measureId: null,
  direction,
  baselineValue,
  targetValue,
})

/** A county-wide value unless `more.organisationId` names an organisation. */
export const indicatorValue = (
  id: number,
  indicatorId: number,
  periodId: number,
  value: number | null,
  more: Partial<IndicatorValueInput> = {},
): IndicatorValueInput => ({
  id,
  indicatorId,
  periodId,
  organisationId: null,
  value,
  suppressed: false,
  archived: false,
  ...more,
})

/** A whole input, empty where not given. */
export const progressInput = (parts: Partial<ProgressInput>): ProgressInput => ({
  goals: [],
  measures: [],
  organisations: [],
  actions: [],
  followUps: [],
  periods: [],
  indicators: [],
  indicatorValues: [],
  ...parts,
})
