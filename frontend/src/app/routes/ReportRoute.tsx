import { useSession } from '@/features/auth/api/get-session'
import { signInHref } from '@/features/auth/paths'
import { ReportPage } from '@/features/reports/components/ReportPage'
import { useParams, usePathname } from '@/lib/navigation'
import { href, paths } from '../site'
import { NotFoundRoute } from './NotFoundRoute'

const reportHref = (reportId: number) => href(paths.report, { reportId })

/** /lagesrapporter/:reportId: one report (public when published; drafts for the signed in, written by OPK staff, approved by the steering group). */
export function ReportRoute() {
  const reportId = Number(useParams().reportId)
  const pathname = usePathname()
  const role = useSession().data?.user?.role ?? null
  if (!Number.isInteger(reportId) || reportId <= 0) return <NotFoundRoute />
  return <ReportPage key={reportId} reportId={reportId} viewer={{ role }} reportsHref={paths.reports} reportHref={reportHref} signInHref={signInHref(pathname)} />
}
