import type { ReportingStatusQuery } from '@uppfoljning/contract'
import { db, Prisma } from '../../db/prisma'
import { notFound } from '../../errors'
import { presentReportingStatus, type StatusRow } from './reporting-status.presenter'

/**
 * Per organisation, the actions of its plans in the period's strategy and their follow-ups in the period, counted
 * in one statement. An action is due in the period when it is not archived, not cancelled and planned to start by
 * the period's end (or not dated). Archived plans, organisations and follow-ups are left out. Follow-ups are counted
 * whatever their action's status now (an action followed up and then cancelled keeps its follow-up in the count).
 * (actionId, periodId) is unique, so the joins give each action at most one row.
 */
const statusByOrganisation = (periodId: number) => Prisma.sql`
  SELECT o.id, o.name, o.kind::text AS kind,
         count(*) FILTER (WHERE a.due)::int AS actions,
         count(*) FILTER (WHERE f.state = 'draft')::int AS draft,
         count(*) FILTER (WHERE f.state = 'submitted')::int AS submitted,
         count(*) FILTER (WHERE f.state = 'returned')::int AS returned,
         count(*) FILTER (WHERE f.state = 'approved')::int AS approved,
         count(*) FILTER (WHERE a.due AND f.id IS NULL)::int AS missing
  FROM "ReportingPeriod" rp
  JOIN "ImplementationPlan" p ON p."strategyId" = rp."strategyId" AND p."archivedAt" IS NULL
  JOIN "Organisation" o ON o.id = p."organisationId" AND o."archivedAt" IS NULL
  LEFT JOIN LATERAL (
    SELECT a.id, (a.status <> 'cancelled' AND (a."plannedStart" IS NULL OR a."plannedStart" <= rp."endsOn")) AS due
    FROM "PlanAction" a
    WHERE a."planId" = p.id AND a."archivedAt" IS NULL
  ) a ON true
  LEFT JOIN "FollowUp" f ON f."actionId" = a.id AND f."periodId" = rp.id AND f."archivedAt" IS NULL
  WHERE rp.id = ${periodId}
  GROUP BY o.id`

/**
 * The reporting status of a period for OPK staff and the steering group: per organisation with a plan in the
 * period's strategy, its due actions, its follow-ups by state and the due actions still without one, with totals.
 * Two queries whatever the number of organisations. 404 for an unknown period.
 */
export async function reportingStatus({ periodId }: ReportingStatusQuery) {
  const period = await db().reportingPeriod.findUnique({ where: { id: periodId } })
  if (!period) throw notFound('Uppföljningsperioden', periodId)
  const rows = await db().$queryRaw<StatusRow[]>(statusByOrganisation(periodId))
  return presentReportingStatus(period, rows)
}
