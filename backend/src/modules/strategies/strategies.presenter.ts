import type { Strategy } from '@uppfoljning/contract'
import type { Strategy as Row } from '../../generated/prisma/client'
import { stored } from '../../http/present'

export const presentStrategy = (row: Row): Strategy => ({
  ...stored(row),
  name: row.name,
  startYear: row.startYear,
  endYear: row.endYear,
  overallGoal: row.overallGoal,
  status: row.status,
  predecessorId: row.predecessorId,
})
