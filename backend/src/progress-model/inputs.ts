// The plain objects the progress model computes from. The report service reads them from the database
// (non-archived strategy rows; archived flags where the model needs to tell them apart) and passes them in:
// the model itself never touches the database, so every rule here is tested with plain data.
import type { ActionStatus, FollowUpState, IndicatorDirection, OrganisationKind } from '@uppfoljning/contract'

/** A goal of the strategy; a goal with a parent is a sub-goal (delmål) and rolls up into its parent. */
export interface GoalInput {
  id: number
  parentId: number | null
}

/** A measure (åtgärd) of the strategy. */
export interface MeasureInput {
  id: number
  goalId: number
  /** kinds of organisation expected to act on it (a district is not a municipality) */
  expectedKinds: OrganisationKind[]
  /** organisations expected to act on it besides the kinds */
  expectedOrganisationIds: number[]
  /** the years the measure is active, inclusive; null = open-ended */
  activeFromYear: number | null
  activeToYear: number | null
  /** its weight within its goal, set by OPK staff; absent or null = 1, 0 = shown but not counted */
  weight?: number | null
}

export interface OrganisationInput {
  id: number
  kind: OrganisationKind
  /** the organisation this one is a sub-unit of (a district's municipality) */
  parentId: number | null
  archived: boolean
}

/** A plan action (aktivitet) in one of the strategy's implementation plans. */
export interface ActionInput {
  id: number
  /** the organisation whose plan holds the action: it reports on it */
  planOrganisationId: number
  /** the plan is archived (status archived or archivedAt set): its actions are not part of the follow-up */
  planArchived: boolean
  /** other organisations owning the action jointly */
  coOwnerIds: number[]
  /** the measures it is linked to; ids outside the strategy's measures are ignored */
  measureIds: number[]
  /** the action's current status in its plan */
  status: ActionStatus
  /** `YYYY-MM-DD` */
  plannedStart: string | null
  archived: boolean
}

/** A follow-up (uppföljning) of one action in one period. */
export interface FollowUpInput {
  id: number
  actionId: number
  periodId: number
  state: FollowUpState
  /** the action's status as reported for the period */
  status: ActionStatus
  /** 0–100, as entered */
  progress: number
  /** ISO timestamp of the (latest) submission */
  submittedAt: string | null
  archived: boolean
}

/** A reporting period; the model orders them by start date itself. */
export interface PeriodInput {
  id: number
  /** `YYYY-MM-DD` */
  startsOn: string
  endsOn: string
}

export interface IndicatorInput {
  id: number
  goalId: number | null
  measureId: number | null
  /** increase: higher is better; decrease: lower is better */
  direction: IndicatorDirection
  baselineValue: number | null
  targetValue: number | null
}

/** One value of an indicator for one period and one organisation (null = the whole county). */
export interface IndicatorValueInput {
  id: number
  indicatorId: number
  periodId: number
  organisationId: number | null
  /** null when suppressed or not reported */
  value: number | null
  /** a small count that must not be shown ("<5") */
  suppressed: boolean
  archived: boolean
}

/** Everything one strategy's progress is computed from. */
export interface ProgressInput {
  goals: GoalInput[]
  measures: MeasureInput[]
  organisations: OrganisationInput[]
  actions: ActionInput[]
  followUps: FollowUpInput[]
  periods: PeriodInput[]
  indicators: IndicatorInput[]
  indicatorValues: IndicatorValueInput[]
}

/**
 * The ids a figure is computed from, so that one request can explain it: the measures, the actions, the
 * follow-ups and the indicator values behind the number (empty where a kind does not apply).
 */
export interface Basis {
  measureIds: number[]
  actionIds: number[]
  followUpIds: number[]
  valueIds: number[]
}
