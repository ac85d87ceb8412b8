import type { OrganisationKind, OrganisationReportingStatus, ReportingStatus } from '@uppfoljning/contract'
import type { ReportingPeriod } from '../../generated/prisma/client'
import { isoDate } from '../../http/present'

/** One organisation's counts as the aggregate query answers them. */
export interface StatusRow {
  id: number
  name: string
  kind: OrganisationKind
  actions: number
  draft: number
  submitted: number
  returned: number
  approved: number
  missing: number
}

const byName = new Intl.Collator('sv-SE')

const presentRow = (row: StatusRow): OrganisationReportingStatus => ({
  organisation: { id: row.id, name: row.name, kind: row.kind },
  actions: row.actions,
  followUps: { draft: row.draft, submitted: row.submitted, returned: row.returned, approved: row.approved },
  missing: row.missing,
})

const sum = (rows: StatusRow[], key: keyof Omit<StatusRow, 'id' | 'name' | 'kind'>) => rows.reduce((total, row) => total + row[key], 0)

export function presentReportingStatus(period: ReportingPeriod, rows: StatusRow[]): ReportingStatus {
  const sorted = [...rows].sort((a, b) => byName.compare(a.name, b.name) || a.id - b.id)
  return {
    period: {
      id: period.id,
      strategyId: period.strategyId,
      name: period.name,
      startsOn: isoDate(period.startsOn),
      endsOn: isoDate(period.endsOn),
      deadline: isoDate(period.deadline),
      status: period.status,
    },
    organisations: sorted.map(presentRow),
    totals: {
      actions: sum(rows, 'actions'),
      followUps: {
        draft: sum(rows, 'draft'),
        submitted: sum(rows, 'submitted'),
        returned: sum(rows, 'returned'),
        approved: sum(rows, 'approved'),
      },
      missing: sum(rows, 'missing'),
    },
  }
}
