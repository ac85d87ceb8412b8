// What may be done with a report, and by whom: the checks the report service enforces and the presenter shows as
// `can` (auth/policy.ts). The roles come from the routes' own access constants (auth/access.ts); the rules from the
// report's state: an approved report never changes; an archived draft must be restored before anything else.
import type { ReportCan, ReportStatus } from '@uppfoljning/contract'
import { REPORT_APPROVERS, REPORT_WRITERS } from '../../auth/access'
import type { Actor } from '../../auth/actor'
import { allowed, roleIn, unless, type Verdict } from '../../auth/policy'
import { ruleBroken } from '../../errors'

/** What the checks read of a report: two columns of its row. */
export interface ReportFacts {
  status: ReportStatus
  archivedAt: Date | null
}

export type ReportWrite = keyof ReportCan

export const APPROVED = 'Rapporten är godkänd och kan inte ändras.'
const ARCHIVED = 'Rapporten är arkiverad: återställ den först.'

const draft = (r: ReportFacts) => unless(r.status === 'approved', () => ruleBroken(APPROVED))
const notArchived = (r: ReportFacts) => unless(r.archivedAt !== null, () => ruleBroken(ARCHIVED))

/**
 * The checks of each write (403 who, then 422 rules, before the version):
 * - edit, refresh: OPK staff; a draft; not archived.
 * - approve: the steering group; a draft; not archived (its content rules — a summary, analyses of goals the report
 *   holds — answer 422 with the field when approving, and are not part of `can`).
 * - archive (and restore): OPK staff; a draft.
 */
export function reportWrite(actor: Actor | null, r: ReportFacts, write: ReportWrite): Verdict {
  switch (write) {
    case 'edit':
    case 'refresh':
      return { who: roleIn(REPORT_WRITERS, actor), rules: [draft(r), notArchived(r)] }
    case 'approve':
      return { who: roleIn(REPORT_APPROVERS, actor), rules: [draft(r), notArchived(r)] }
    case 'archive':
      return { who: roleIn(REPORT_WRITERS, actor), rules: [draft(r)] }
  }
}

/** The report's `can` for the actor (null: not signed in, every flag false). */
export const reportCan = (actor: Actor | null, r: ReportFacts): ReportCan => ({
  edit: allowed(reportWrite(actor, r, 'edit')),
  refresh: allowed(reportWrite(actor, r, 'refresh')),
  approve: allowed(reportWrite(actor, r, 'approve')),
  archive: allowed(reportWrite(actor, r, 'archive')),
})
