// The API's answers for each role, for the component tests: the pages show what the server's `can` says
// (features/reports/report-actions.ts), so a test of "what the steering group gets" gives the page the steering
// group's answer. The rule itself is the server's (backend/src/modules/reports/report-policy.ts) and tested there.
import type { ReportDetail, Role } from '@uppfoljning/contract'
import type { ReportViewer } from '../report-actions'

/** The signed-in reader as the session describes them (null: a visitor). */
export const viewerAs = (role: Role | null): ReportViewer =>
  role === null ? null : { can: { createReport: role === 'opk_staff', review: role === 'opk_staff', administer: role === 'opk_staff' } }

/** The report as the API answers `role`: with what that role may do with it. */
export function asSeenBy(role: Role | null, report: ReportDetail): ReportDetail {
  const draft = report.status === 'draft'
  const live = draft && report.archivedAt === null
  const staff = role === 'opk_staff'
  return {
    ...report,
    can: { edit: staff && live, refresh: staff && live, archive: staff && draft, approve: role === 'steering_group' && live },
  }
}
