import type { Indicator } from '@uppfoljning/contract'
import type { Prisma } from '../../generated/prisma/client'
import { stored } from '../../http/present'

/** What every indicator query includes: the strategy, through its goal or its measure's goal. */
export const withStrategy = {
  goal: { select: { strategyId: true } },
  measure: { select: { goal: { select: { strategyId: true } } } },
} satisfies Prisma.IndicatorInclude

export type IndicatorRow = Prisma.IndicatorGetPayload<{ include: typeof withStrategy }>

/** The strategy an indicator belongs to (an indicator has exactly one goal or one measure). */
export const strategyOf = (row: IndicatorRow): number => (row.goal?.strategyId ?? row.measure?.goal.strategyId)!

export const presentIndicator = (row: IndicatorRow): Indicator => ({
  ...stored(row),
  goalId: row.goalId,
  measureId: row.measureId,
  strategyId: strategyOf(row),
  name: row.name,
  description: row.description,
  unit: row.unit,
  direction: row.direction,
  baselineValue: row.baselineValue,
  baselineYear: row.baselineYear,
  targetValue: row.targetValue,
  targetYear: row.targetYear,
  dataSource: row.dataSource,
})
