import type { Goal } from '@uppfoljning/contract'
import type { Goal as Row } from '../../generated/prisma/client'
import { stored } from '../../http/present'

export const presentGoal = (row: Row): Goal => ({
  ...stored(row),
  strategyId: row.strategyId,
  parentId: row.parentId,
  code: row.code,
  title: row.title,
  description: row.description,
  preconditions: row.preconditions,
  nationalGoal: row.nationalGoal,
  sortOrder: row.sortOrder,
})
