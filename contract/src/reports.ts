// Follow-up reports (lägesrapporter): the progress figures of one period frozen in a snapshot when computed, OPK
// staff's summary and analyses, approved by the steering group and then published and never changed
// (docs/progress.md → Lägesrapport). Fractions are 0–1 as in the progress API; missing is null, never 0.
import { z } from 'zod'
import { FreeText, Id, IsoDate, Line, Page, PageQuery, Stored, Timestamp, Version } from './common'
import { ANALYSES_MAX, ANALYSIS_MAX, NAME_MAX } from './limits'
import {
  CoverageFigure,
  IndicatorStatus,
  ProgressAttention,
  ProgressCoverage,
  ProgressFigure,
  ProgressGoals,
  ProgressOrganisation,
  ProgressPeriod,
} from './progress'

/** draft: OPK staff write it; approved: the steering group has approved it, it is published and never changes */
export const reportStatuses = ['draft', 'approved'] as const
export const ReportStatus = z.enum(reportStatuses)

/** One report per period, unless the earlier one is archived; its figures are computed now. */
export const ReportCreate = z.strictObject({ periodId: Id, title: Line(NAME_MAX) }).meta({ id: 'ReportCreate' })

/** A goal id as a key of `analyses`. */
const GoalKey = z.string().regex(/^[1-9]\d{0,9}$/, 'Ange målets id.')

/**
 * Only while the report is a draft. `analyses` are merged into the stored ones, goal by goal: a goal's text
 * replaces its earlier one, an empty text removes it; every goal must be one of the report's.
 */
export const ReportUpdate = z
  .strictObject({
    version: Version,
    title: Line(NAME_MAX).optional(),
    /** the summary (sammanfattning) */
    summary: FreeText().optional(),
    /** a short analysis per goal: goal id → text */
    analyses: z
      .record(GoalKey, FreeText(ANALYSIS_MAX))
      .refine((analyses) => Object.keys(analyses).length <= ANALYSES_MAX, `Högst ${ANALYSES_MAX} analyser.`)
      .optional(),
  })
  .meta({ id: 'ReportUpdate' })

/** refresh (recompute a draft's figures) and approve */
export const ReportTransition = z.strictObject({ version: Version }).meta({ id: 'ReportTransition' })

export const ReportQuery = z.strictObject({
  ...PageQuery,
  periodId: Id.optional(),
  strategyId: Id.optional(),
  status: ReportStatus.optional(),
})

const int = z.number().int()
const named = z.object({ id: int, name: z.string() })

/** An organisation's figures in the period: implementation progress over its own actions and its coverage. */
export const ReportOrganisationFigures = ProgressOrganisation.extend({ progress: ProgressFigure, coverage: CoverageFigure }).meta({
  id: 'ReportOrganisationFigures',
})

/**
 * The figures of the period as the progress API gave them when the report was computed (`computedAt`). Stored
 * as it is and never recomputed once approved: later edits of plans and follow-ups leave it as it was.
 * Drafts of follow-ups are left out, as for a reader who may see nobody's drafts: a published report shows none.
 */
export const ReportSnapshot = z
  .object({
    /** the shape of this snapshot; a later shape keeps reading older ones */
    format: z.literal(1),
    computedAt: Timestamp,
    /** GET /progress/goals */
    goals: ProgressGoals,
    /** GET /progress/coverage */
    coverage: ProgressCoverage,
    /** GET /progress/attention */
    attention: ProgressAttention,
    /** every organisation taking part, in the coverage matrix's order */
    organisations: z.array(ReportOrganisationFigures),
    /** every indicator's outcome: county-wide (organisationId null) and per organisation with a value */
    indicators: z.array(IndicatorStatus),
  })
  .meta({ id: 'ReportSnapshot' })

/** A figure in this report and in the previous one: change = now − before, null unless both exist. */
export const ReportDelta = z
  .object({ now: z.number().nullable(), before: z.number().nullable(), change: z.number().nullable() })
  .meta({ id: 'ReportDelta' })

/** An expected organisation without an active action on an active measure. */
export const ReportGap = z
  .object({ measureId: int, code: z.string(), title: z.string(), goalId: int, organisation: named })
  .meta({ id: 'ReportGap' })

/**
 * What changed since the previous approved report of the strategy (the latest one of an earlier period): per goal
 * and county-wide implementation progress and coverage, gaps that are new and gaps that were closed (covered now).
 */
export const ReportChanges = z
  .object({
    previousReport: z.object({ id: int, title: z.string(), period: ProgressPeriod, approvedAt: Timestamp.nullable() }),
    county: z.object({ progress: ReportDelta, coverage: ReportDelta }),
    /** the goals of this report (sub-goals after their goal); `before` null for a goal the previous one lacked */
    goals: z.array(
      z.object({
        goalId: int,
        code: z.string(),
        title: z.string(),
        parentId: int.nullable(),
        progress: ReportDelta,
        coverage: ReportDelta,
      }),
    ),
    /** gaps now that were not gaps in the previous report */
    newGaps: z.array(ReportGap),
    /** gaps of the previous report that are covered now */
    closedGaps: z.array(ReportGap),
  })
  .meta({ id: 'ReportChanges' })

/**
 * What the reader may do with a report, as the server's rules decide it (backend/src/modules/reports/report-policy.ts);
 * all false for anyone not signed in.
 */
export const ReportCan = z
  .object({
    /** PATCH the title, summary and analyses: OPK staff, a draft that is not archived */
    edit: z.boolean(),
    /** recompute the figures: the same */
    refresh: z.boolean(),
    /** approve, which publishes it: the steering group, a draft that is not archived (it still needs a summary: 422 otherwise) */
    approve: z.boolean(),
    /** archive and restore it: OPK staff, a draft */
    archive: z.boolean(),
  })
  .meta({ id: 'ReportCan' })

const reportFields = {
  ...Stored,
  title: z.string(),
  status: ReportStatus,
  period: z.object({ id: int, name: z.string(), startsOn: IsoDate, endsOn: IsoDate }),
  strategy: named,
  /** when the figures were computed */
  computedAt: Timestamp,
  author: named,
  approvedAt: Timestamp.nullable(),
  approvedBy: named.nullable(),
  can: ReportCan,
}

/** A report in a list: without its figures. */
export const Report = z.object(reportFields).meta({ id: 'Report' })
export const ReportPage = Page(Report).meta({ id: 'ReportPage' })

export const ReportDetail = z
  .object({
    ...reportFields,
    summary: z.string(),
    /** goal id → analysis */
    analyses: z.record(z.string(), z.string()),
    snapshot: ReportSnapshot,
    /** null when there is no approved report of an earlier period */
    changes: ReportChanges.nullable(),
  })
  .meta({ id: 'ReportDetail' })

/** A file answer (the exports): the route sends the file itself; `mediaType` is what the API docs show. */
const file = (mediaType: string, description: string) => z.undefined().meta({ mediaType, description })
export const ReportPdf = file('application/pdf', 'Rapporten som PDF')
export const ReportXlsx = file(
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'Rapporten som Excel-arbetsbok, ett blad per vy',
)
export const ReportCsv = file('text/csv; charset=utf-8', 'Måluppfyllelsen per mål, semikolonseparerad med BOM')

export type ReportStatus = z.infer<typeof ReportStatus>
export type ReportCreate = z.infer<typeof ReportCreate>
export type ReportUpdate = z.infer<typeof ReportUpdate>
export type ReportTransition = z.infer<typeof ReportTransition>
export type ReportQuery = z.infer<typeof ReportQuery>
export type ReportOrganisationFigures = z.infer<typeof ReportOrganisationFigures>
export type ReportSnapshot = z.infer<typeof ReportSnapshot>
export type ReportDelta = z.infer<typeof ReportDelta>
export type ReportGap = z.infer<typeof ReportGap>
export type ReportChanges = z.infer<typeof ReportChanges>
export type Report = z.infer<typeof Report>
export type ReportCan = z.infer<typeof ReportCan>
export type ReportDetail = z.infer<typeof ReportDetail>
