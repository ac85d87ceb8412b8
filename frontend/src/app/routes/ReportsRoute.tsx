import { useTranslation } from 'react-i18next'
import { useSession } from '@/features/auth/api/get-session'
import { ReportList } from '@/features/reports/components/ReportList'
import { navigate } from '@/lib/navigation'
import { useDocumentTitle } from '@/lib/page-title'
import { href, paths } from '../site'

const reportHref = (reportId: number) => href(paths.report, { reportId })

/** /lagesrapporter: the status reports (public: the published ones; signed in: drafts too; OPK staff start new ones). */
export function ReportsRoute() {
  const { t } = useTranslation('reports')
  useDocumentTitle(t('pageTitle'))
  const role = useSession().data?.user?.role ?? null
  return <ReportList viewer={{ role }} reportHref={reportHref} onCreated={(report) => navigate(reportHref(report.id))} />
}
