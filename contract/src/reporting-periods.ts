import { z } from 'zod'
import { Id, IsoDate, Line, PageQuery, Page, Stored, Version, partial } from './common'
import { PeriodStatus } from './enums'
import { PERIOD_NAME_MAX } from './limits'

const fields = {
  /** "2025"; unique within the strategy */
  name: Line(PERIOD_NAME_MAX),
  startsOn: IsoDate,
  /** not before startsOn */
  endsOn: IsoDate,
  /** the date follow-ups are due; not before startsOn */
  deadline: IsoDate,
  /** planned → open → closed; a closed period may be reopened, but never made planned again */
  status: PeriodStatus.default('planned'),
}

export const ReportingPeriodCreate = z.strictObject({ strategyId: Id, ...fields }).meta({ id: 'ReportingPeriodCreate' })
export const ReportingPeriodUpdate = z.strictObject({ ...partial(fields), version: Version }).meta({ id: 'ReportingPeriodUpdate' })
export const ReportingPeriodQuery = z.strictObject({ ...PageQuery, strategyId: Id.optional(), status: PeriodStatus.optional() })

export const ReportingPeriod = z
  .object({
    ...Stored,
    strategyId: z.number().int(),
    name: z.string(),
    startsOn: IsoDate,
    endsOn: IsoDate,
    deadline: IsoDate,
    status: PeriodStatus,
  })
  .meta({ id: 'ReportingPeriod' })
export const ReportingPeriodPage = Page(ReportingPeriod).meta({ id: 'ReportingPeriodPage' })

export type ReportingPeriodCreate = z.infer<typeof ReportingPeriodCreate>
export type ReportingPeriodUpdate = z.infer<typeof ReportingPeriodUpdate>
export type ReportingPeriodQuery = z.infer<typeof ReportingPeriodQuery>
export type ReportingPeriod = z.infer<typeof ReportingPeriod>
