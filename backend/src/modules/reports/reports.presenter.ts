// Wire shapes of reports (contract/src/reports.ts): the stored row with its period, strategy and people by name;
// the detail adds the frozen snapshot, the texts and what changed since the previous report.
import type { Report, ReportChanges, ReportDetail, ReportSnapshot } from '@uppfoljning/contract'
import type { Report as Row } from '../../generated/prisma/client'
import type { Actor } from '../../auth/actor'
import { isoDate, stored } from '../../http/present'
import { reportCan } from './report-policy'

/** A report row without its snapshot, as lists read it. */
export type ReportRow = Omit<Row, 'snapshot'>

export interface PeriodOfReport {
  id: number
  name: string
  startsOn: Date
  endsOn: Date
  strategy: { id: number; name: string }
}

/** What the rows name, read once for a whole page: periods (with their strategies) and users by id. */
export interface Named {
  periods: Map<number, PeriodOfReport>
  people: Map<number, string>
}

const person = (named: Named, id: number) => ({ id, name: named.people.get(id) ?? '' })

/** The report as the actor sees it (null: not signed in), with what they may do with it (`can`). */
export function presentReport(row: ReportRow, named: Named, actor: Actor | null): Report {
  const period = named.periods.get(row.periodId)!
  return {
    ...stored(row),
    title: row.title,
    status: row.status,
    period: { id: period.id, name: period.name, startsOn: isoDate(period.startsOn), endsOn: isoDate(period.endsOn) },
    strategy: period.strategy,
    computedAt: row.computedAt.toISOString(),
    author: person(named, row.authorId),
    approvedAt: row.approvedAt?.toISOString() ?? null,
    approvedBy: row.approvedById === null ? null : person(named, row.approvedById),
    can: reportCan(actor, row),
  }
}

/** The stored analyses: goal id → text. */
export const analysesOf = (row: Pick<Row, 'analyses'>): Record<string, string> => row.analyses as Record<string, string>

/** The stored snapshot, as the contract's ReportSnapshot describes it (route tests parse every answer against it). */
export const snapshotOf = (row: Pick<Row, 'snapshot'>): ReportSnapshot => row.snapshot as unknown as ReportSnapshot

export function presentReportDetail(row: Row, named: Named, changes: ReportChanges | null, actor: Actor | null): ReportDetail {
  return { ...presentReport(row, named, actor), summary: row.summary, analyses: analysesOf(row), snapshot: snapshotOf(row), changes }
}
