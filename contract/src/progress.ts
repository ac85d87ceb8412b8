// Progress figures computed live from the database through the progress model (docs/progress.md): goal
// fulfilment (måluppfyllelse), the coverage matrix (täckning), one organisation's view, the basis of a figure,
// and the attention flags. Fractions are 0–1 (the UI formats them as `76 %`); missing is null, never 0.
import { z } from 'zod'
import { Id, IsoDate, Timestamp } from './common'
import { ActionStatus, FollowUpState, IndicatorDirection, OrganisationKind, PeriodStatus } from './enums'

/** Every progress route is asked for one reporting period; the strategy is the period's. */
export const ProgressQuery = z.strictObject({ periodId: Id })

/** At most one of `keys` may be given (a figure has one subject). */
const atMostOne =
  <K extends string>(keys: readonly K[]) =>
  (query: Partial<Record<K, unknown>>, ctx: z.RefinementCtx) => {
    const given = keys.filter((key) => query[key] !== undefined)
    if (given.length > 1)
      for (const key of given)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `Ange bara ett av ${keys.slice(0, -1).join(', ')} och ${keys[keys.length - 1]}.`,
        })
  }

/** The figure to explain: a goal's, a measure's or an organisation's; none of them = the county-wide figure. */
export const ProgressExplainQuery = z
  .strictObject({ periodId: Id, goalId: Id.optional(), measureId: Id.optional(), organisationId: Id.optional() })
  .superRefine(atMostOne(['goalId', 'measureId', 'organisationId']))

/** The map's subject: one goal (with its sub-goals), one measure, or none of them = every measure. */
export const ProgressMapQuery = z
  .strictObject({ periodId: Id, goalId: Id.optional(), measureId: Id.optional() })
  .superRefine(atMostOne(['goalId', 'measureId']))

const int = z.number().int()
/** a fraction, normally 0–1 */
const fraction = z.number()

export const ProgressPeriod = z
  .object({ id: int, name: z.string(), startsOn: IsoDate, endsOn: IsoDate, status: PeriodStatus })
  .meta({ id: 'ProgressPeriod' })

/** What every progress answer is about. */
const context = {
  strategy: z.object({ id: int, name: z.string() }),
  period: ProgressPeriod,
  /** the period `previous` and `change` compare with (the one before by start date); null for the first */
  previousPeriod: ProgressPeriod.nullable(),
  /** the date "planned, past its start date" is judged on: today, or the period's last day once it has ended */
  referenceDate: IsoDate,
}

/** An implementation-progress figure; what it rests on and what it leaves out are counted here and listed by /progress/explain. */
export const ProgressFigure = z
  .object({
    /** 0–1; null when no action counts (never 0 for "no data") */
    progress: fraction.nullable(),
    /** the same figure in the previous period */
    previous: fraction.nullable(),
    /** progress − previous; null unless both exist */
    change: z.number().nullable(),
    /** how many measures, actions and follow-ups the number is computed from */
    counted: z.object({ measures: int, actions: int, followUps: int }),
    /** in scope but not in the number */
    leftOut: z.object({ measures: int, cancelledActions: int, missingActions: int, notDueActions: int, unlinkedActions: int }),
  })
  .meta({ id: 'ProgressFigure' })

/** Coverage in (measure, expected organisation) pairs: "7 of 11 expected contributions exist". */
export const CoverageFigure = z
  .object({ expected: int, covered: int, /** covered / expected; null when nothing is expected */ coverage: fraction.nullable() })
  .meta({ id: 'CoverageFigure' })

/** Outcome progress of one indicator, county-wide (organisationId null) or for one organisation. */
export const IndicatorStatus = z
  .object({
    indicatorId: int,
    name: z.string(),
    unit: z.string(),
    direction: IndicatorDirection,
    baselineValue: z.number().nullable(),
    targetValue: z.number().nullable(),
    organisationId: int.nullable(),
    /** null when missing or suppressed */
    value: z.number().nullable(),
    /** a small count shown as "<5" */
    suppressed: z.boolean(),
    /** (value − baseline) / (target − baseline), raw; barRatio clamped to 0–1 */
    ratio: z.number().nullable(),
    barRatio: fraction.nullable(),
    noRatioReason: z.enum(['noValue', 'suppressed', 'noBaseline', 'noTarget', 'targetEqualsBaseline', 'targetAgainstDirection']).nullable(),
    targetMet: z.boolean().nullable(),
    /** the change from the latest earlier period with a value */
    trend: z
      .object({ fromPeriodId: int, fromValue: z.number(), change: z.number(), verdict: z.enum(['better', 'worse', 'unchanged']) })
      .nullable(),
  })
  .meta({ id: 'IndicatorStatus' })

/** How a goal's (or the county's) indicators stand, county-wide: counts of IndicatorStatus. */
export const IndicatorSummary = z
  .object({ total: int, withValue: int, targetMet: int, better: int, worse: int, unchanged: int })
  .meta({ id: 'IndicatorSummary' })

const indicators = z.object({ summary: IndicatorSummary, items: z.array(IndicatorStatus) })

// ---- GET /progress/goals ----------------------------------------------------------------------------------

const goalFields = {
  goalId: int,
  code: z.string(),
  title: z.string(),
  parentId: int.nullable(),
  /** the measures of the goal and of its sub-goals at any depth */
  measureCount: int,
  /** implementation progress over those measures (weighted, sub-goals flattened in) */
  progress: ProgressFigure,
  /** coverage of those measures that are active in the period */
  coverage: CoverageFigure,
  /** the county-wide outcome of the indicators on the goal, its sub-goals and their measures */
  indicators,
}

export const SubGoalProgress = z.object(goalFields).meta({ id: 'SubGoalProgress' })
/** A top-level goal; its sub-goals (delmål) at any depth follow it in `subGoals`, tree order, each with its parentId. */
export const GoalProgress = z.object({ ...goalFields, subGoals: z.array(SubGoalProgress) }).meta({ id: 'GoalProgress' })

export const ProgressGoals = z
  .object({
    ...context,
    goals: z.array(GoalProgress),
    county: z.object({ measureCount: int, progress: ProgressFigure, coverage: CoverageFigure, indicators }),
  })
  .meta({ id: 'ProgressGoals' })

// ---- GET /progress/coverage -------------------------------------------------------------------------------

export const ProgressOrganisation = z
  .object({ id: int, name: z.string(), shortName: z.string().nullable(), kind: OrganisationKind, parentId: int.nullable() })
  .meta({ id: 'ProgressOrganisation' })

export const CoverageCell = z
  .object({
    organisationId: int,
    expected: z.boolean(),
    /** covered: expected and acting; gap: expected, no active action; not-expected: whatever it does */
    state: z.enum(['covered', 'gap', 'not-expected']),
    /** its (or its sub-units') active actions on the measure, own or co-owned, with their status in the period */
    actions: z.array(z.object({ id: int, status: ActionStatus })),
  })
  .meta({ id: 'CoverageCell' })

export const CoverageMeasureRow = z
  .object({
    measureId: int,
    code: z.string(),
    title: z.string(),
    goalId: int,
    coverage: CoverageFigure,
    /** one per organisation, in `organisations` order */ cells: z.array(CoverageCell),
  })
  .meta({ id: 'CoverageMeasureRow' })

export const ProgressCoverage = z
  .object({
    ...context,
    /** the matrix's columns: every organisation taking part, with its coverage over the measures expected of it */
    organisations: z.array(ProgressOrganisation.extend({ coverage: CoverageFigure })),
    /** top-level goals; `measures` holds the active measures of the goal and its sub-goals (each names its goalId) */
    goals: z.array(
      z.object({
        goalId: int,
        code: z.string(),
        title: z.string(),
        coverage: CoverageFigure,
        subGoals: z.array(z.object({ goalId: int, code: z.string(), title: z.string(), parentId: int, coverage: CoverageFigure })),
        measures: z.array(CoverageMeasureRow),
      }),
    ),
    county: CoverageFigure,
  })
  .meta({ id: 'ProgressCoverage' })

// ---- the rows behind figures ------------------------------------------------------------------------------

export const ProgressFollowUp = z
  .object({
    id: int,
    periodId: int,
    periodName: z.string(),
    state: FollowUpState,
    /** the action's status as reported */
    status: ActionStatus,
    /** 0–100 as entered */
    progress: int,
    submittedAt: Timestamp.nullable(),
  })
  .meta({ id: 'ProgressFollowUp' })

const named = z.object({ id: int, name: z.string() })

/** A live action as it stands in the period. */
export const ProgressAction = z
  .object({
    id: int,
    title: z.string(),
    /** the organisation whose plan holds it */
    organisation: named,
    coOwners: z.array(named),
    measureIds: z.array(int),
    plannedStart: IsoDate.nullable(),
    /** its status in its plan */
    planStatus: ActionStatus,
    /** its status in the period: as reported, carried forward, or as in its plan */
    status: ActionStatus,
    standing: z.enum(['counted', 'cancelled', 'missing', 'notDue']),
    /** 0–1 when counted */
    progress: fraction.nullable(),
    /** the counted follow-up (an earlier period's when a completion is carried forward) */
    followUp: ProgressFollowUp.nullable(),
    /** a draft or returned follow-up of the period, which does not count */
    uncountedFollowUp: ProgressFollowUp.nullable(),
  })
  .meta({ id: 'ProgressAction' })

export const ProgressMeasure = z
  .object({
    id: int,
    code: z.string(),
    title: z.string(),
    goalId: int,
    weight: z.number(),
    /** over the actions in scope */ progress: fraction.nullable(),
  })
  .meta({ id: 'ProgressMeasure' })

/** Who of those expected acts on a measure, and through which actions. */
export const MeasureCoverageDetail = z
  .object({
    measureId: int,
    code: z.string(),
    title: z.string(),
    goalId: int,
    coverage: CoverageFigure,
    coveredBy: z.array(z.object({ organisation: named, actions: z.array(ProgressAction) })),
    gaps: z.array(named),
  })
  .meta({ id: 'MeasureCoverageDetail' })

// ---- GET /progress/organisations/:id ----------------------------------------------------------------------

export const ProgressOrganisationView = z
  .object({
    ...context,
    organisation: ProgressOrganisation.extend({ subUnits: z.array(ProgressOrganisation) }),
    /** over the actions it or a sub-unit owns or co-owns */
    progress: ProgressFigure,
    /** over the active measures expected of it */
    coverage: CoverageFigure,
    /** the measures expected of it in the period and those its actions are linked to */
    measures: z.array(
      z.object({
        measureId: int,
        code: z.string(),
        title: z.string(),
        goalId: int,
        expected: z.boolean(),
        state: z.enum(['covered', 'gap', 'not-expected']),
        /** over its own actions on the measure */
        progress: ProgressFigure,
        actions: z.array(ProgressAction),
      }),
    ),
    /** its live actions linked to no measure of the strategy */
    unlinkedActions: z.array(ProgressAction),
    attention: z.object({
      actionsWithoutFollowUp: z.array(ProgressAction),
      plannedPastStart: z.array(ProgressAction),
      /** expected to report and has not; dueActionIds empty when it is expected on a measure but has nothing to report on */
      notReported: z.object({ dueActionIds: z.array(int) }).nullable(),
      /** active measures expected of it without an active action of its own */
      gapMeasureIds: z.array(int),
    }),
    /** its own indicator values' outcomes */
    indicators: z.array(IndicatorStatus),
  })
  .meta({ id: 'ProgressOrganisationView' })

// ---- GET /progress/explain --------------------------------------------------------------------------------

export const ProgressExplanation = z
  .object({
    ...context,
    subject: z.object({ kind: z.enum(['county', 'goal', 'measure', 'organisation']), id: int.nullable(), title: z.string() }),
    progress: z.object({
      figure: ProgressFigure,
      /** the ids the number is computed from, ascending */
      basis: z.object({ measureIds: z.array(int), actionIds: z.array(int), followUpIds: z.array(int) }),
      /** the measures in the number, with their progress over the actions in scope */
      measures: z.array(ProgressMeasure),
      /** the counted actions, each with the follow-up it counts by */
      actions: z.array(ProgressAction),
      leftOut: z.object({
        measures: z.array(ProgressMeasure),
        cancelled: z.array(ProgressAction),
        missing: z.array(ProgressAction),
        notDue: z.array(ProgressAction),
        unlinked: z.array(ProgressAction),
      }),
    }),
    coverage: z.object({ figure: CoverageFigure, measures: z.array(MeasureCoverageDetail) }),
    /** outcomes (county-wide; the organisation's own for an organisation) with the values behind them */
    indicators: z.array(
      IndicatorStatus.extend({
        values: z.array(
          z.object({ id: int, periodId: int, periodName: z.string(), value: z.number().nullable(), suppressed: z.boolean() }),
        ),
      }),
    ),
  })
  .meta({ id: 'ProgressExplanation' })

// ---- GET /progress/attention ------------------------------------------------------------------------------

export const ProgressAttention = z
  .object({
    ...context,
    actionsWithoutFollowUp: z.array(ProgressAction),
    plannedPastStart: z.array(ProgressAction),
    measuresWithoutActiveAction: z.array(z.object({ id: int, code: z.string(), title: z.string(), goalId: int })),
    organisationsNotReported: z.array(z.object({ organisation: ProgressOrganisation, dueActionIds: z.array(int) })),
  })
  .meta({ id: 'ProgressAttention' })

// ---- GET /progress/map ------------------------------------------------------------------------------------

/** One municipality on the map: its figures for the subject's measures. */
export const ProgressMapArea = z
  .object({
    organisation: ProgressOrganisation,
    /** kommunkod, four digits ("0114"): the key into the county's GeoJSON; null when none is registered (listed, not drawn) */
    municipalityCode: z.string().nullable(),
    /** over its (and its districts') actions on the subject's measures */
    progress: ProgressFigure,
    /** over the subject's active measures expected of it */
    coverage: CoverageFigure,
  })
  .meta({ id: 'ProgressMapArea' })

export const ProgressMap = z
  .object({
    ...context,
    subject: z.object({ kind: z.enum(['county', 'goal', 'measure']), id: int.nullable(), code: z.string().nullable(), title: z.string() }),
    /** every municipality taking part, by name */
    municipalities: z.array(ProgressMapArea),
  })
  .meta({ id: 'ProgressMap' })

// ---- GET /progress/trends ---------------------------------------------------------------------------------

/** A figure per period, in `periods` order; null where it is missing. */
const series = z.array(fraction.nullable())

/** Every period of the strategy up to and including the asked one that has started, oldest first; each figure as /progress/goals gives it then. */
export const ProgressTrends = z
  .object({
    ...context,
    periods: z.array(ProgressPeriod),
    county: z.object({ progress: series, coverage: series }),
    /** top-level goals and sub-goals in tree order */
    goals: z.array(
      z.object({ goalId: int, code: z.string(), title: z.string(), parentId: int.nullable(), progress: series, coverage: series }),
    ),
    organisations: z.array(ProgressOrganisation.extend({ progress: series, coverage: series })),
    /** county-wide values; `values` in `periods` order */
    indicators: z.array(
      z.object({
        indicatorId: int,
        name: z.string(),
        unit: z.string(),
        direction: IndicatorDirection,
        baselineValue: z.number().nullable(),
        targetValue: z.number().nullable(),
        values: z.array(z.object({ value: z.number().nullable(), suppressed: z.boolean() })),
      }),
    ),
  })
  .meta({ id: 'ProgressTrends' })

// ---- exports of the live views: GET /progress/<view>/export.{pdf,xlsx,csv} with the view's query ---------------

/** A file answer: the route sends the file itself; `mediaType` is what the API docs show. */
const exportFile = (mediaType: string, description: string) => z.undefined().meta({ mediaType, description })
export const ProgressPdf = exportFile('application/pdf', 'Vyn som PDF: tabeller och diagram')
export const ProgressXlsx = exportFile(
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'Vyn som Excel-arbetsbok, ett blad per tabell',
)
export const ProgressCsv = exportFile('text/csv; charset=utf-8', 'Vyns huvudtabell, semikolonseparerad med BOM')

export type ProgressQuery = z.infer<typeof ProgressQuery>
export type ProgressMapQuery = z.infer<typeof ProgressMapQuery>
export type ProgressMapArea = z.infer<typeof ProgressMapArea>
export type ProgressMap = z.infer<typeof ProgressMap>
export type ProgressTrends = z.infer<typeof ProgressTrends>
export type ProgressExplainQuery = z.infer<typeof ProgressExplainQuery>
export type ProgressPeriod = z.infer<typeof ProgressPeriod>
export type ProgressFigure = z.infer<typeof ProgressFigure>
export type CoverageFigure = z.infer<typeof CoverageFigure>
export type IndicatorStatus = z.infer<typeof IndicatorStatus>
export type IndicatorSummary = z.infer<typeof IndicatorSummary>
export type GoalProgress = z.infer<typeof GoalProgress>
export type SubGoalProgress = z.infer<typeof SubGoalProgress>
export type ProgressGoals = z.infer<typeof ProgressGoals>
export type ProgressOrganisation = z.infer<typeof ProgressOrganisation>
export type CoverageCell = z.infer<typeof CoverageCell>
export type CoverageMeasureRow = z.infer<typeof CoverageMeasureRow>
export type ProgressCoverage = z.infer<typeof ProgressCoverage>
export type ProgressFollowUp = z.infer<typeof ProgressFollowUp>
export type ProgressAction = z.infer<typeof ProgressAction>
export type ProgressMeasure = z.infer<typeof ProgressMeasure>
export type MeasureCoverageDetail = z.infer<typeof MeasureCoverageDetail>
export type ProgressOrganisationView = z.infer<typeof ProgressOrganisationView>
export type ProgressExplanation = z.infer<typeof ProgressExplanation>
export type ProgressAttention = z.infer<typeof ProgressAttention>
