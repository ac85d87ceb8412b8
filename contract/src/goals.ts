import { z } from 'zod'
import { FreeText, Id, Line, PageQuery, Page, Stored, Version, partial } from './common'
import { NationalGoal } from './enums'
import { CODE_MAX, SORT_ORDER_MAX, TITLE_MAX } from './limits'

const fields = {
  /** a sub-goal (delmål) names its goal; it must belong to the same strategy and not be the goal itself or one of its sub-goals */
  parentId: Id.nullable().optional(),
  /** "3" or "3.1"; unique within the strategy */
  code: Line(CODE_MAX),
  title: Line(TITLE_MAX),
  description: FreeText().default(''),
  /** förutsättningar */
  preconditions: FreeText().default(''),
  nationalGoal: NationalGoal.nullable().optional(),
  sortOrder: z.number().int().min(0).max(SORT_ORDER_MAX).default(0),
}

export const GoalCreate = z.strictObject({ strategyId: Id, ...fields }).meta({ id: 'GoalCreate' })
export const GoalUpdate = z.strictObject({ ...partial(fields), version: Version }).meta({ id: 'GoalUpdate' })
export const GoalQuery = z.strictObject({ ...PageQuery, strategyId: Id.optional(), parentId: Id.optional() })

export const Goal = z
  .object({
    ...Stored,
    strategyId: z.number().int(),
    parentId: z.number().int().nullable(),
    code: z.string(),
    title: z.string(),
    description: z.string(),
    preconditions: z.string(),
    nationalGoal: NationalGoal.nullable(),
    sortOrder: z.number().int(),
  })
  .meta({ id: 'Goal' })
export const GoalPage = Page(Goal).meta({ id: 'GoalPage' })

export type GoalCreate = z.infer<typeof GoalCreate>
export type GoalUpdate = z.infer<typeof GoalUpdate>
export type GoalQuery = z.infer<typeof GoalQuery>
export type Goal = z.infer<typeof Goal>
