import { getRouteApi, linkOptions, useLocation } from '@tanstack/react-router'
import { useSession } from '@/features/auth/api/get-session'
import { ReportPage } from '@/features/reports/components/ReportPage'

const reportLink = (reportId: number) => linkOptions({ to: '/lagesrapporter/$reportId', params: { reportId } })

const route = getRouteApi('/lagesrapporter/$reportId')

/** /lagesrapporter/:reportId: one report (public when published; drafts for the signed in, written by OPK staff, approved by the steering group). */
export function ReportRoute() {
  const { reportId } = route.useParams()
  const here = useLocation({ select: (location) => location.href })
  const user = useSession().data?.user ?? null
  return (
    <ReportPage
      key={reportId}
      reportId={reportId}
      viewer={user}
      reportsLink={linkOptions({ to: '/lagesrapporter' })}
      reportLink={reportLink}
      signInLink={linkOptions({ to: '/logga-in', search: { returnTo: here } })}
    />
  )
}
