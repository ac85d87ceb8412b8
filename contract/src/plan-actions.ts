import { z } from 'zod'
import { FreeText, Id, IdSet, IsoDate, Line, PageQuery, Page, Stored, Version, partial } from './common'
import { ActionStatus } from './enums'
import { ACTION_CO_OWNERS_MAX, ACTION_MEASURES_MAX, RESPONSIBLE_UNIT_MAX, TITLE_MAX } from './limits'

const fields = {
  title: Line(TITLE_MAX),
  description: FreeText().default(''),
  /** ansvarig enhet, e.g. "Socialförvaltningen, vuxenenheten" */
  responsibleUnit: FreeText(RESPONSIBLE_UNIT_MAX).default(''),
  plannedStart: IsoDate.nullable().optional(),
  plannedEnd: IsoDate.nullable().optional(),
  status: ActionStatus.default('planned'),
  /** the strategy's measures the action carries out: at least one, all of the plan's strategy */
  measureIds: IdSet(ACTION_MEASURES_MAX).min(1, 'Koppla aktiviteten till minst en åtgärd.'),
  /** other organisations owning the action jointly (myndighetsgemensam satsning); never the plan's own organisation */
  coOwnerIds: IdSet(ACTION_CO_OWNERS_MAX).default([]),
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
export const PlanActionSearchQuery = z.strictObject({
  ...filters,
  strategyId: Id.optional(),
  organisationId: Id.optional(),
  planId: Id.optional(),
})

const Ref = z.object({ id: z.number().int(), code: z.string(), title: z.string() })
/**
 * What the signed-in reader may do with an action, as the server's rules decide it
 * (backend/src/modules/plan-actions/action-policy.ts).
 */
export const PlanActionCan = z
  .object({
    /**
     * PATCH the action's description and status: a coordinator of its plan's organisation or of a co-owner, or OPK
     * staff, while the plan is not archived
     */
    edit: z.boolean(),
    /**
     * PATCH the owner's fields — title, responsible unit, planned dates, measures (`measureIds`) and co-owners
     * (`coOwnerIds`): a coordinator of the plan's organisation or OPK staff, not a co-owner, while the plan is not
     * archived. A co-owner who changes one of them gets 403 naming each field.
     */
    editLinks: z.boolean(),
    /** archive and restore it: as editLinks (the plan's organisation or OPK staff) */
    archive: z.boolean(),
    /** follow it up (create its follow-up for an open period): the same, while neither the action nor its plan is archived */
    addFollowUp: z.boolean(),
  })
  .meta({ id: 'PlanActionCan' })

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
    can: PlanActionCan,
  })
  .meta({ id: 'PlanAction' })
export const PlanActionPage = Page(PlanAction).meta({ id: 'PlanActionPage' })

export type PlanActionCreate = z.infer<typeof PlanActionCreate>
export type PlanActionUpdate = z.infer<typeof PlanActionUpdate>
export type PlanActionQuery = z.infer<typeof PlanActionQuery>
export type PlanActionSearchQuery = z.infer<typeof PlanActionSearchQuery>
export type PlanAction = z.infer<typeof PlanAction>
export type PlanActionCan = z.infer<typeof PlanActionCan>
