import type { FollowUp } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import type { Prisma } from '../../generated/prisma/client'
import { stored } from '../../http/present'
import { followUpCan, type FollowUpFacts } from './follow-up-policy'

/**
 * What a follow-up is read with: what its checks read (follow-up-policy.ts) — its period's name and status, its
 * action's owners and archive state (one query per relation, not per row).
 */
export const followUpInclude = {
  period: { select: { name: true, status: true } },
  action: {
    select: {
      archivedAt: true,
      plan: { select: { organisationId: true, archivedAt: true } },
      coOwners: { select: { organisationId: true } },
    },
  },
} satisfies Prisma.FollowUpInclude

type Row = Prisma.FollowUpGetPayload<{ include: typeof followUpInclude }>

const factsOf = (row: Row): FollowUpFacts => ({
  state: row.state,
  archivedAt: row.archivedAt,
  reopenedAt: row.reopenedAt,
  period: row.period,
  owners: [row.action.plan.organisationId, ...row.action.coOwners.map((o) => o.organisationId)],
  actionArchivedAt: row.action.archivedAt,
  planArchivedAt: row.action.plan.archivedAt,
})

/** The follow-up as the actor sees it: with what they may do with it (`can`). */
export const presentFollowUp = (row: Row, actor: Actor | null): FollowUp => ({
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
  can: followUpCan(actor, factsOf(row)),
})
