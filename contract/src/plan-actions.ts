import { z } from 'zod'
import { FreeText, Id, IdSet, IsoDate, Line, PageQuery, Page, Stored, Version, partial } from './common'
import { ActionStatus } from './enums'

const fields = {
  title: Line(300),
  description: FreeText().default(''),
  /** ansvarig enhet, e.g. "Socialförvaltningen, vuxenenheten" */
  responsibleUnit: FreeText(300).default(''),
  plannedStart: IsoDate.nullable().optional(),
  plannedEnd: IsoDate.nullable().optional(),
  status: ActionStatus.default('planned'),
  /** the strategy's measures the action carries out: at least one, all of the plan's strategy */
  measureIds: IdSet(50).min(1, 'Koppla aktiviteten till minst en åtgärd.'),
  /** other organisations owning the action jointly (myndighetsgemensam satsning); never the plan's own organisation */
  coOwnerIds: IdSet(50).default([]),
}

export const PlanActionCreate = z.strictObject(fields).meta({ id: 'PlanActionCreate' })
export const PlanActionUpdate = z.strictObject({ ...partial(fields), version: Version }).meta({ id: 'PlanActionUpdate' })

const filters = {
  ...PageQuery,
  status: ActionStatus.optional(),
  measureId: Id.optional(),
  /** actions linked to a measure of the goal or of one of its sub-goals (delmål) */
  goalId: Id.optional(),
}
/** Filters of a plan's own action list. */
export const PlanActionQuery = z.strictObject(filters)
/** Filters of the county-wide action list (an organisation's own and co-owned actions with organisationId). */
export const PlanActionSearchQuery = z.strictObject({ ...filters, strategyId: Id.optional(), organisationId: Id.optional(), planId: Id.optional() })

const Ref = z.object({ id: z.number().int(), code: z.string(), title: z.string() })
export const PlanAction = z
  .object({
    ...Stored,
    planId: z.number().int(),
    organisationId: z.number().int(),
    strategyId: z.number().int(),
    title: z.string(),
    description: z.string(),
    responsibleUnit: z.string(),
    plannedStart: IsoDate.nullable(),
    plannedEnd: IsoDate.nullable(),
    status: ActionStatus,
    measures: z.array(Ref),
    coOwners: z.array(z.object({ id: z.number().int(), name: z.string() })),
  })
  .meta({ id: 'PlanAction' })
export const PlanActionPage = Page(PlanAction).meta({ id: 'PlanActionPage' })

export type PlanActionCreate = z.infer<typeof PlanActionCreate>
export type PlanActionUpdate = z.infer<typeof PlanActionUpdate>
export type PlanActionQuery = z.infer<typeof PlanActionQuery>
export type PlanActionSearchQuery = z.infer<typeof PlanActionSearchQuery>
export type PlanAction = z.infer<typeof PlanAction>
