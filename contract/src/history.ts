// The history of plans, actions and follow-ups (written by the database's audit triggers), and a plan as it
// stood at a given moment: everything entered is a public record (docs/domain.md).
import { z } from 'zod'
import { IsoDate, PageQuery, Page, Timestamp } from './common'
import { ImplementationPlan } from './implementation-plans'
import { PlanAction } from './plan-actions'

export const HistoryQuery = z.strictObject({ page: PageQuery.page, pageSize: PageQuery.pageSize })

/** What happened to the row; `archived`/`restored` are updates that set or cleared `archivedAt`. */
export const HistoryAction = z.enum(['created', 'updated', 'archived', 'restored', 'deleted']).meta({ id: 'HistoryAction' })
/** The table changed; the link tables (an action's measures and co-owners) are recorded under the action's id. */
export const HistoryEntity = z
  .enum(['ImplementationPlan', 'PlanAction', 'PlanActionMeasure', 'PlanActionCoOwner', 'FollowUp'])
  .meta({ id: 'HistoryEntity' })

/** One changed field: its stored value before and after (null when there was none). Timestamps in ISO with Z. */
export const HistoryChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })

export const HistoryEvent = z
  .object({
    id: z.number().int(),
    at: Timestamp,
    /** who made the change; null: the system (demo data, a migration) */
    user: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    entity: HistoryEntity,
    entityId: z.number().int(),
    action: HistoryAction,
    /** only the fields that changed; never `updatedAt` and `version` */
    changes: z.array(HistoryChange),
  })
  .meta({ id: 'HistoryEvent' })
/** Newest first. */
export const HistoryPage = Page(HistoryEvent).meta({ id: 'HistoryPage' })

/**
 * The moment to show a plan at: a day (`date`, its end in Swedish time) or an exact time (`at`, ISO 8601 with
 * a zone). Exactly one of them.
 */
export const AsOfQuery = z
  .strictObject({ date: IsoDate.optional(), at: z.iso.datetime({ offset: true }).optional() })
  .refine((q) => (q.date === undefined) !== (q.at === undefined), {
    message: 'Ange antingen ett datum (date) eller en tidpunkt (at), inte båda.',
    path: ['date'],
  })

/** An action as it stood then: its own fields, and the ids it was linked to then. */
export const PlanActionAsOf = PlanAction.pick({
  id: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  archivedAt: true,
  title: true,
  description: true,
  responsibleUnit: true,
  plannedStart: true,
  plannedEnd: true,
  status: true,
})
  .extend({ measureIds: z.array(z.number().int()), coOwnerIds: z.array(z.number().int()) })
  .meta({ id: 'PlanActionAsOf' })

/** A plan as it stood at `asOf`, with the actions it had then (not those archived then). */
export const ImplementationPlanAsOf = ImplementationPlan.omit({ actionCount: true, can: true })
  .extend({
    /** the moment shown: the end of the asked day in Swedish time (or now, for today), or the asked time */
    asOf: Timestamp,
    actions: z.array(PlanActionAsOf),
  })
  .meta({ id: 'ImplementationPlanAsOf' })

export type HistoryQuery = z.infer<typeof HistoryQuery>
export type HistoryAction = z.infer<typeof HistoryAction>
export type HistoryEntity = z.infer<typeof HistoryEntity>
export type HistoryEvent = z.infer<typeof HistoryEvent>
export type AsOfQuery = z.infer<typeof AsOfQuery>
export type PlanActionAsOf = z.infer<typeof PlanActionAsOf>
export type ImplementationPlanAsOf = z.infer<typeof ImplementationPlanAsOf>
