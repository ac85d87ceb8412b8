import { z } from 'zod'
import { Id, IsoDate, Line, PageQuery, Page, Stored, Version, Year, partial } from './common'
import { PlanStatus } from './enums'
import { NAME_MAX, TITLE_MAX } from './limits'

const fields = {
  title: Line(TITLE_MAX),
  startYear: Year,
  endYear: Year,
  status: PlanStatus.default('draft'),
  /** required once the plan is adopted */
  adoptedOn: IsoDate.nullable().optional(),
  /** the body that adopted it, e.g. "Kommunfullmäktige" */
  adoptedBy: Line(NAME_MAX).nullable().optional(),
}

export const ImplementationPlanCreate = z
  .strictObject({ organisationId: Id, strategyId: Id, ...fields })
  .meta({ id: 'ImplementationPlanCreate' })
export const ImplementationPlanUpdate = z.strictObject({ ...partial(fields), version: Version }).meta({ id: 'ImplementationPlanUpdate' })
export const ImplementationPlanQuery = z.strictObject({
  ...PageQuery,
  strategyId: Id.optional(),
  organisationId: Id.optional(),
  status: PlanStatus.optional(),
})

/**
 * What the signed-in reader may do with a plan, as the server's rules decide it
 * (backend/src/modules/implementation-plans/plan-policy.ts).
 */
export const ImplementationPlanCan = z
  .object({
    /** PATCH the plan: a coordinator of its organisation */
    edit: z.boolean(),
    /** archive and restore it: the same */
    archive: z.boolean(),
    /** add an action to it: the same, while the plan is not archived */
    addAction: z.boolean(),
  })
  .meta({ id: 'ImplementationPlanCan' })

export const ImplementationPlan = z
  .object({
    ...Stored,
    organisationId: z.number().int(),
    organisationName: z.string(),
    strategyId: z.number().int(),
    title: z.string(),
    startYear: z.number().int(),
    endYear: z.number().int(),
    status: PlanStatus,
    adoptedOn: IsoDate.nullable(),
    adoptedBy: z.string().nullable(),
    /** active (not archived) actions in the plan */
    actionCount: z.number().int(),
    can: ImplementationPlanCan,
  })
  .meta({ id: 'ImplementationPlan' })
export const ImplementationPlanPage = Page(ImplementationPlan).meta({ id: 'ImplementationPlanPage' })

export type ImplementationPlanCreate = z.infer<typeof ImplementationPlanCreate>
export type ImplementationPlanUpdate = z.infer<typeof ImplementationPlanUpdate>
export type ImplementationPlanQuery = z.infer<typeof ImplementationPlanQuery>
export type ImplementationPlan = z.infer<typeof ImplementationPlan>
export type ImplementationPlanCan = z.infer<typeof ImplementationPlanCan>
