import { linkOptions, useNavigate } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useSession } from '@/features/auth/api/get-session'
import { ReportList } from '@/features/reports/components/ReportList'
import { useDocumentTitle } from '@/lib/page-title'

const reportLink = (reportId: number) => linkOptions({ to: '/lagesrapporter/$reportId', params: { reportId } })

/** /lagesrapporter: the status reports (public: the published ones; signed in: drafts too; OPK staff start new ones). */
export function ReportsRoute() {
  const { t } = useTranslation('reports')
  useDocumentTitle(t('pageTitle'))
  const navigate = useNavigate()
  const user = useSession().data?.user ?? null
  // the new report's title is stored with it: nothing is lost by going there (the form's guard would only learn so after a render)
  const goToReport = (report: { id: number }) => void navigate({ ...reportLink(report.id), ignoreBlocker: true })
  return <ReportList viewer={user} reportLink={reportLink} onCreated={goToReport} />
}
