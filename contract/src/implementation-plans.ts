import { z } from 'zod'
import { Id, IsoDate, Line, PageQuery, Page, Stored, Version, Year, partial } from './common'
import { PlanStatus } from './enums'

const fields = {
  title: Line(300),
  startYear: Year,
  endYear: Year,
  status: PlanStatus.default('draft'),
  /** required once the plan is adopted */
  adoptedOn: IsoDate.nullable().optional(),
  /** the body that adopted it, e.g. "Kommunfullmäktige" */
  adoptedBy: Line(200).nullable().optional(),
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
  })
  .meta({ id: 'ImplementationPlan' })
export const ImplementationPlanPage = Page(ImplementationPlan).meta({ id: 'ImplementationPlanPage' })

export type ImplementationPlanCreate = z.infer<typeof ImplementationPlanCreate>
export type ImplementationPlanUpdate = z.infer<typeof ImplementationPlanUpdate>
export type ImplementationPlanQuery = z.infer<typeof ImplementationPlanQuery>
export type ImplementationPlan = z.infer<typeof ImplementationPlan>
