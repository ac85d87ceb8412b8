// What the viewer may do with a report, as the API decides it (backend/src/modules/reports/reports.router.ts):
// OPK staff write, recompute and archive drafts; the steering group approves them; an approved report never
// changes for anybody. The API refuses anything else too: this only keeps buttons away that could not work.
import type { ReportDetail, Role } from '@uppfoljning/contract'

/** Who is looking: a role when signed in, null when not (anonymous visitors read published reports only). */
export type ReportViewer = { role: Role | null }

export type ReportActions = {
  /** title, summary and analyses */
  edit: boolean
  /** recompute the figures */
  refresh: boolean
  archive: boolean
  restore: boolean
  approve: boolean
}

const NONE: ReportActions = { edit: false, refresh: false, archive: false, restore: false, approve: false }

export function reportActions(viewer: ReportViewer, report: Pick<ReportDetail, 'status' | 'archivedAt'>): ReportActions {
  if (report.status === 'approved') return NONE
  const archived = report.archivedAt !== null
  if (viewer.role === 'opk_staff') return { edit: !archived, refresh: !archived, archive: !archived, restore: archived, approve: false }
  if (viewer.role === 'steering_group') return { ...NONE, approve: !archived }
  return NONE
}

/** OPK staff start a new report. */
export const mayCreateReport = (viewer: ReportViewer) => viewer.role === 'opk_staff'

/** Signed-in users see drafts and may ask for archived ones too. */
export const seesDrafts = (viewer: ReportViewer) => viewer.role !== null
