// What the scenarios write into: the demo coordinator's organisation, its plan in the strategy with an open
// reporting period, that strategy's measures and other organisations to co-own actions.
import { Client as Pg } from 'pg'
import { Client, must } from './client'

export interface DemoContext {
  organisationId: number
  planId: number
  periodId: number
  measureIds: number[]
  coOwnerIds: number[]
}

export async function demoContext(client: Client): Promise<DemoContext> {
  const session = await must(client.get('/auth/session'), 'session')
  const organisationId: number = session.user.organisations[0].id
  const [period] = (await must(client.get('/reporting-periods?status=open'), 'open periods')).items
  if (!period) throw new Error('The demo data has no open reporting period')
  const plans = (await must(client.get(`/implementation-plans?organisationId=${organisationId}&strategyId=${period.strategyId}`), 'plans'))
    .items
  if (!plans.length) throw new Error(`Organisation ${organisationId} has no plan in strategy ${period.strategyId}`)
  const measures = (await must(client.get(`/measures?strategyId=${period.strategyId}&pageSize=200`), 'measures')).items
  const organisations = (await must(client.get('/organisations?pageSize=200'), 'organisations')).items
  return {
    organisationId,
    planId: plans[0].id,
    periodId: period.id,
    measureIds: measures.map((m: { id: number }) => m.id),
    coOwnerIds: organisations.map((o: { id: number }) => o.id).filter((id: number) => id !== organisationId),
  }
}

/** `count` ids from `ids`, starting at `from` (wrapping). */
export const some = (ids: number[], count: number, from: number) => Array.from({ length: count }, (_, i) => ids[(from + i) % ids.length])

/** A pg client on `url` (the caller ends it). */
export async function sql(url: string): Promise<Pg> {
  const pg = new Pg({ connectionString: url })
  pg.on('error', () => undefined) // the server going away is what some scenarios do on purpose
  await pg.connect()
  return pg
}

/**
 * Rows the audit trail names that are not in the database. Nothing in the app deletes these rows, so an
 * event must belong to a committed row: a hit means an audit event outlived a rolled-back write.
 */
export async function orphanAuditEvents(pg: Pg): Promise<{ entity: string; entityId: number }[]> {
  const { rows } = await pg.query(`
    SELECT e.entity, e."entityId" FROM "AuditEvent" e
    WHERE (e.entity IN ('PlanAction', 'PlanActionMeasure', 'PlanActionCoOwner') AND NOT EXISTS (SELECT 1 FROM "PlanAction" a WHERE a.id = e."entityId"))
       OR (e.entity = 'FollowUp' AND NOT EXISTS (SELECT 1 FROM "FollowUp" f WHERE f.id = e."entityId"))`)
  return rows
}

/**
 * Actions whose title starts with `prefix`, with how many measure and co-owner links they have and how many
 * INSERT audit events were written for the row and for each kind of link.
 */
export async function actionsWithLinks(pg: Pg, prefix: string) {
  const { rows } = await pg.query(
    `SELECT a.id, a.title,
       (SELECT count(*)::int FROM "PlanActionMeasure" m WHERE m."actionId" = a.id) AS measures,
       (SELECT count(*)::int FROM "PlanActionCoOwner" c WHERE c."actionId" = a.id) AS "coOwners",
       (SELECT count(*)::int FROM "AuditEvent" e WHERE e.entity = 'PlanAction' AND e."entityId" = a.id AND e.action = 'INSERT') AS "auditAction",
       (SELECT count(*)::int FROM "AuditEvent" e WHERE e.entity = 'PlanActionMeasure' AND e."entityId" = a.id AND e.action = 'INSERT') AS "auditMeasures",
       (SELECT count(*)::int FROM "AuditEvent" e WHERE e.entity = 'PlanActionCoOwner' AND e."entityId" = a.id AND e.action = 'INSERT') AS "auditCoOwners"
     FROM "PlanAction" a WHERE a.title LIKE $1 ORDER BY a.id`,
    [`${prefix}%`],
  )
  return rows as {
    id: number
    title: string
    measures: number
    coOwners: number
    auditAction: number
    auditMeasures: number
    auditCoOwners: number
  }[]
}
