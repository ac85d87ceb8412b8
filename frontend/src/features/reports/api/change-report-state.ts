// The steps of a report's life besides writing its texts (docs/progress.md → Lägesrapport): recompute a draft's
// figures, approve (= publish, for ever), archive a discarded draft and restore it.
import type { ReportDetail } from '@uppfoljning/contract'
import { useWrite } from '@/api/invalidation'
import { api } from '@/lib/api-client'
import { storeReport } from './get-report'

export type ReportStep = 'refresh' | 'approve' | 'archive' | 'restore'

/** POST /reports/:id/{refresh|approve} with the version (409 when stale); /archive and /restore need none. */
export const changeReportState = (reportId: number, step: ReportStep, version: number) =>
  api.post<ReportDetail>(`/reports/${reportId}/${step}`, step === 'refresh' || step === 'approve' ? { version } : undefined)

export const useChangeReportState = (reportId: number) =>
  useWrite(({ step, version }: { step: ReportStep; version: number }) => changeReportState(reportId, step, version), 'report', storeReport)
