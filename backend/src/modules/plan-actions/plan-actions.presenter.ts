import type { PlanAction } from '@uppfoljning/contract'
import type { Prisma } from '../../generated/prisma/client'
import type { Actor } from '../../auth/actor'
import { isoDate, stored } from '../../http/present'
import { actionCan } from './action-policy'

/** What an action is read with: its plan's owner and strategy, its measures and co-owners (one query per relation, not per row). */
export const actionInclude = {
  plan: { select: { organisationId: true, strategyId: true, archivedAt: true } },
  measures: { select: { measure: { select: { id: true, code: true, title: true } } }, orderBy: { measure: { code: 'asc' } } },
  coOwners: { select: { organisation: { select: { id: true, name: true } } }, orderBy: { organisation: { name: 'asc' } } },
} satisfies Prisma.PlanActionInclude

type Row = Prisma.PlanActionGetPayload<{ include: typeof actionInclude }>

/** What the action checks read (action-policy.ts), from the row as read with actionInclude. */
export const actionFacts = (row: Row) => ({
  organisationId: row.plan.organisationId,
  owners: [row.plan.organisationId, ...row.coOwners.map((link) => link.organisation.id)],
  archivedAt: row.archivedAt,
  planArchivedAt: row.plan.archivedAt,
})

/** The action as the actor sees it: with what they may do with it (`can`, from what the row is read with). */
export const presentPlanAction = (row: Row, actor: Actor | null): PlanAction => ({
  ...stored(row),
  planId: row.planId,
  organisationId: row.plan.organisationId,
  strategyId: row.plan.strategyId,
  title: row.title,
  description: row.description,
  responsibleUnit: row.responsibleUnit,
  plannedStart: isoDate(row.plannedStart),
  plannedEnd: isoDate(row.plannedEnd),
  status: row.status,
  measures: row.measures.map((link) => link.measure),
  coOwners: row.coOwners.map((link) => link.organisation),
  can: actionCan(actor, actionFacts(row)),
})
