import type { LinkOptions } from '@tanstack/react-router'
import type { ReportDetail } from '@uppfoljning/contract'
import { useEffect } from 'react'
import { useReportTexts } from '../use-report-texts'
import { ReportTextsForm } from './ReportTextsForm'

type Props = {
  report: ReportDetail
  reportLink: (reportId: number) => LinkOptions
  /** whether the form has unsaved changes, for the actions bar above it */
  onDirtyChange: (dirty: boolean) => void
}

/**
 * The texts' form of a draft as OPK staff write it. Its own chunk (ReportPage loads it lazily), so that a reader of a
 * report does not load the forms library and the contract's schemas.
 */
export function ReportEditing({ report, reportLink, onDirtyChange }: Props) {
  const editor = useReportTexts(report)
  useEffect(() => onDirtyChange(editor.dirty), [editor.dirty, onDirtyChange])
  useEffect(() => () => onDirtyChange(false), [onDirtyChange])
  return <ReportTextsForm report={report} editor={editor} reportLink={reportLink} />
}
