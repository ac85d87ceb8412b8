// The reporting status of a period (rapporteringsläge): OPK staff's overview of who has followed up what.
import { z } from 'zod'
import { Id, IsoDate } from './common'
import { OrganisationKind, PeriodStatus } from './enums'

export const ReportingStatusQuery = z.strictObject({ periodId: Id })

const Count = z.number().int().min(0)

/** follow-ups in the period (archived ones left out) by state */
export const FollowUpCounts = z.object({ draft: Count, submitted: Count, returned: Count, approved: Count }).meta({ id: 'FollowUpCounts' })

const counts = {
  /** actions due in the period: not archived, not cancelled, planned to start by the period's end (or undated) */
  actions: Count,
  /** the period's follow-ups of the organisation's actions (whatever the action's status now), by state */
  followUps: FollowUpCounts,
  /** due actions without a follow-up in the period */
  missing: Count,
}

/** One organisation with a plan in the period's strategy; its actions are those of its plans (not the co-owned). */
export const OrganisationReportingStatus = z
  .object({ organisation: z.object({ id: z.number().int(), name: z.string(), kind: OrganisationKind }), ...counts })
  .meta({ id: 'OrganisationReportingStatus' })

export const ReportingStatus = z
  .object({
    period: z.object({
      id: z.number().int(),
      strategyId: z.number().int(),
      name: z.string(),
      startsOn: IsoDate,
      endsOn: IsoDate,
      deadline: IsoDate,
      status: PeriodStatus,
    }),
    /** by organisation name (Swedish order) */
    organisations: z.array(OrganisationReportingStatus),
    /** the sums over the organisations */
    totals: z.object(counts),
  })
  .meta({ id: 'ReportingStatus' })

export type ReportingStatusQuery = z.infer<typeof ReportingStatusQuery>
export type FollowUpCounts = z.infer<typeof FollowUpCounts>
export type OrganisationReportingStatus = z.infer<typeof OrganisationReportingStatus>
export type ReportingStatus = z.infer<typeof ReportingStatus>
