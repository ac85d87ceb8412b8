import type { ImplementationPlan } from '@uppfoljning/contract'
import type { Prisma } from '../../generated/prisma/client'
import type { Actor } from '../../auth/actor'
import { isoDate, stored } from '../../http/present'
import { planCan } from './plan-policy'

/** What a plan is read with: its organisation's name and the number of its active actions (no extra query per row). */
export const planInclude = {
  organisation: { select: { name: true } },
  _count: { select: { actions: { where: { archivedAt: null } } } },
} satisfies Prisma.ImplementationPlanInclude

type Row = Prisma.ImplementationPlanGetPayload<{ include: typeof planInclude }>

/** The plan as the actor sees it: with what they may do with it (`can`, from the rows' own columns). */
export const presentPlan = (row: Row, actor: Actor | null): ImplementationPlan => ({
  ...stored(row),
  organisationId: row.organisationId,
  organisationName: row.organisation.name,
  strategyId: row.strategyId,
  title: row.title,
  startYear: row.startYear,
  endYear: row.endYear,
  status: row.status,
  adoptedOn: isoDate(row.adoptedOn),
  adoptedBy: row.adoptedBy,
  actionCount: row._count.actions,
  can: planCan(actor, row),
})
