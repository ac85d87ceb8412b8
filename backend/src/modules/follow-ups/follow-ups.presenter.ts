import type { FollowUp } from '@uppfoljning/contract'
import type { FollowUp as Row } from '../../generated/prisma/client'
import { stored } from '../../http/present'

export const presentFollowUp = (row: Row): FollowUp => ({
  ...stored(row),
  actionId: row.actionId,
  periodId: row.periodId,
  status: row.status,
  progress: row.progress,
  narrative: row.narrative,
  results: row.results,
  obstacles: row.obstacles,
  state: row.state,
  submittedAt: row.submittedAt?.toISOString() ?? null,
  reviewedAt: row.reviewedAt?.toISOString() ?? null,
  reviewComment: row.reviewComment,
})
