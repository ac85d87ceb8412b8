// Which page answers which address, and who may see it. Pages load on demand (one chunk each), so the
// start page's JavaScript stays small. Add a line per page; each page composes features (STYLE.md).
import { lazy, Suspense, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import type { Role } from '@uppfoljning/contract'
import { LoadingState } from '@/components/ui/LoadingState'
import { RequireSignIn } from '@/features/auth/components/RequireSignIn'
import { SIGN_IN_PATH } from '@/features/auth/paths'
import { matchPath, ParamsContext, usePathname } from '@/lib/navigation'
import { paths } from './site'
import { NotFoundRoute } from './routes/NotFoundRoute'
import { SignInRoute } from './routes/SignInRoute'

type Page = {
  path: string
  component: ComponentType
  /** public pages need no sign-in; `roles` narrows a signed-in page to those roles */
  access: 'public' | 'signed-in'
  roles?: readonly Role[]
}

const page = (load: () => Promise<Record<string, ComponentType>>, name: string) => lazy(() => load().then((module) => ({ default: module[name] })))

const STAFF = ['opk_staff'] as const

export const pages: Page[] = [
  { path: paths.home, component: page(() => import('./routes/OverviewRoute'), 'OverviewRoute'), access: 'signed-in' },
  { path: paths.strategy, component: page(() => import('./routes/StrategyRoute'), 'StrategyRoute'), access: 'signed-in' },
  { path: paths.plans, component: page(() => import('./routes/PlansRoute'), 'PlansRoute'), access: 'signed-in' },
  { path: paths.plan, component: page(() => import('./routes/PlanRoute'), 'PlanRoute'), access: 'signed-in' },
  { path: paths.followUp, component: page(() => import('./routes/FollowUpRoute'), 'FollowUpRoute'), access: 'signed-in' },
  { path: paths.review, component: page(() => import('./routes/ReviewRoute'), 'ReviewRoute'), access: 'signed-in', roles: STAFF },
  { path: paths.results, component: page(() => import('./routes/ResultsRoute'), 'ResultsRoute'), access: 'signed-in' },
  { path: paths.coverage, component: page(() => import('./routes/CoverageRoute'), 'CoverageRoute'), access: 'signed-in' },
  { path: paths.map, component: page(() => import('./routes/MapRoute'), 'MapRoute'), access: 'signed-in' },
  { path: paths.trends, component: page(() => import('./routes/TrendsRoute'), 'TrendsRoute'), access: 'signed-in' },
  { path: paths.organisationResults, component: page(() => import('./routes/OrganisationResultsRoute'), 'OrganisationResultsRoute'), access: 'signed-in' },
  // approved reports are public records: readable without signing in (drafts only for OPK staff and the steering group)
  { path: paths.reports, component: page(() => import('./routes/ReportsRoute'), 'ReportsRoute'), access: 'public' },
  { path: paths.report, component: page(() => import('./routes/ReportRoute'), 'ReportRoute'), access: 'public' },
  { path: paths.admin, component: page(() => import('./routes/AdminRoute'), 'AdminRoute'), access: 'signed-in', roles: STAFF },
  { path: paths.adminSection, component: page(() => import('./routes/AdminRoute'), 'AdminRoute'), access: 'signed-in', roles: STAFF },
  { path: SIGN_IN_PATH, component: SignInRoute, access: 'public' },
  // the accessibility statement and the privacy notice must be readable by anyone (lag 2018:1937, GDPR art. 13)
  { path: paths.accessibility, component: page(() => import('./routes/AccessibilityRoute'), 'AccessibilityRoute'), access: 'public' },
  { path: paths.privacy, component: page(() => import('./routes/PrivacyRoute'), 'PrivacyRoute'), access: 'public' },
]

export function Router() {
  const { t } = useTranslation()
  const pathname = usePathname()
  for (const candidate of pages) {
    const params = matchPath(candidate.path, pathname)
    if (!params) continue
    const Route = candidate.component
    const content = (
      <ParamsContext value={params}>
        <Suspense fallback={<LoadingState>{t('state.loadingPage')}</LoadingState>}>
          <Route />
        </Suspense>
      </ParamsContext>
    )
    return candidate.access === 'public' ? content : <RequireSignIn roles={candidate.roles}>{content}</RequireSignIn>
  }
  return <NotFoundRoute />
}
