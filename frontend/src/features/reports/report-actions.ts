// What the reader may do with a report is the server's answer: `report.can` (backend/src/modules/reports/report-policy.ts,
// the same rules that guard the writes) and, for starting a new one, the session's `can.createReport`. This module only
// turns them into the page's buttons; it holds no rule of its own.
import type { ReportDetail, SessionUser } from '@uppfoljning/contract'

/** Who is reading: the signed-in user (what the server says they may do), or null (a visitor: published reports only). */
export type ReportViewer = Pick<SessionUser, 'can'> | null

export type ReportActions = {
  /** title, summary and analyses */
  edit: boolean
  /** recompute the figures */
  refresh: boolean
  archive: boolean
  restore: boolean
  approve: boolean
}

/** The report's `can` as buttons: archiving and restoring are one permission, offered as the one that applies. */
export function reportActions(report: Pick<ReportDetail, 'can' | 'archivedAt'>): ReportActions {
  const archived = report.archivedAt !== null
  const { edit, refresh, approve, archive } = report.can
  return { edit, refresh, approve, archive: archive && !archived, restore: archive && archived }
}

/** Starting a new report (OPK staff, as the server says). */
export const mayCreateReport = (viewer: ReportViewer) => viewer?.can.createReport ?? false

/** Signed-in users see drafts and may ask for archived ones too (the API gives visitors published reports only). */
export const seesDrafts = (viewer: ReportViewer) => viewer !== null
