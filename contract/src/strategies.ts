import { z } from 'zod'
import { FreeText, Id, Line, PageQuery, Page, Stored, Version, Year, partial } from './common'
import { StrategyStatus } from './enums'
import { NAME_MAX, OVERALL_GOAL_MAX } from './limits'

const fields = {
  name: Line(NAME_MAX),
  startYear: Year,
  /** not before startYear */
  endYear: Year,
  /** övergripande mål, e.g. "Ingen i Stockholms län ska utsättas för eller uppleva våld i nära relation." */
  overallGoal: FreeText(OVERALL_GOAL_MAX),
  /**
   * the status the steering group gives the strategy (utkast, gällande, avslutad); archiving is separate
   * and only hides the row (archivedAt)
   */
  status: StrategyStatus.default('draft'),
  /** the strategy this one revises; its measures can name the measures they replace */
  predecessorId: Id.nullable().optional(),
}

export const StrategyCreate = z.strictObject(fields).meta({ id: 'StrategyCreate' })
export const StrategyUpdate = z.strictObject({ ...partial(fields), version: Version }).meta({ id: 'StrategyUpdate' })
export const StrategyQuery = z.strictObject({ ...PageQuery, status: StrategyStatus.optional() })

export const Strategy = z
  .object({
    ...Stored,
    name: z.string(),
    startYear: z.number().int(),
    endYear: z.number().int(),
    overallGoal: z.string(),
    status: StrategyStatus,
    predecessorId: z.number().int().nullable(),
  })
  .meta({ id: 'Strategy' })
export const StrategyPage = Page(Strategy).meta({ id: 'StrategyPage' })

export type StrategyCreate = z.infer<typeof StrategyCreate>
export type StrategyUpdate = z.infer<typeof StrategyUpdate>
export type StrategyQuery = z.infer<typeof StrategyQuery>
export type Strategy = z.infer<typeof Strategy>
