import type { Measure } from '@uppfoljning/contract'
import type { Prisma } from '../../generated/prisma/client'
import { stored } from '../../http/present'

/** What a measure is read with: its goal's strategy and its two link tables (one query each, whatever the page holds). */
export const measureInclude = {
  goal: { select: { strategyId: true } },
  expectedOrganisations: { select: { organisationId: true }, orderBy: { organisationId: 'asc' } },
  predecessors: { select: { predecessorId: true }, orderBy: { predecessorId: 'asc' } },
} as const satisfies Prisma.MeasureInclude

export type MeasureRow = Prisma.MeasureGetPayload<{ include: typeof measureInclude }>

export const presentMeasure = (row: MeasureRow): Measure => ({
  ...stored(row),
  goalId: row.goalId,
  strategyId: row.goal.strategyId,
  code: row.code,
  title: row.title,
  description: row.description,
  expectedKinds: row.expectedKinds,
  expectedOrganisationIds: row.expectedOrganisations.map((link) => link.organisationId),
  targetGroups: row.targetGroups,
  violenceAreas: row.violenceAreas,
  preventionLevels: row.preventionLevels,
  activeFromYear: row.activeFromYear,
  activeToYear: row.activeToYear,
  sortOrder: row.sortOrder,
  weight: row.weight,
  predecessorMeasureIds: row.predecessors.map((link) => link.predecessorId),
})
