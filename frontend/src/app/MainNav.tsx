import { useTranslation } from 'react-i18next'
import type { Role } from '@uppfoljning/contract'
import { useSession } from '@/features/auth/api/get-session'
import { Link, matchPath, usePathname } from '@/lib/navigation'
import { paths } from './site'

type Item = { path: string; label: 'overview' | 'strategy' | 'plans' | 'results' | 'reports' | 'review' | 'admin'; roles?: readonly Role[]; also?: string[] }

const items: Item[] = [
  { path: paths.home, label: 'overview' },
  { path: paths.strategy, label: 'strategy' },
  { path: paths.plans, label: 'plans', also: [paths.plan, paths.followUp] },
  { path: paths.results, label: 'results', also: [paths.coverage, paths.map, paths.trends, paths.organisationResults] },
  { path: paths.reports, label: 'reports', also: [paths.report] },
  { path: paths.review, label: 'review', roles: ['opk_staff'] },
  { path: paths.admin, label: 'admin', roles: ['opk_staff'], also: [paths.adminSection] },
]

/** The main menu of a signed-in user: the pages their role has, the current one marked for screen readers too. */
export function MainNav() {
  const { t } = useTranslation()
  const pathname = usePathname()
  const role = useSession().data?.user?.role
  if (!role) return null
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul className="container">
        {items
          .filter((item) => !item.roles || item.roles.includes(role))
          .map((item) => {
            const current = [item.path, ...(item.also ?? [])].some((pattern) => matchPath(pattern, pathname))
            return (
              <li key={item.path}>
                <Link href={item.path} aria-current={current ? 'page' : undefined}>
                  {t(`nav.${item.label}`)}
                </Link>
              </li>
            )
          })}
      </ul>
    </nav>
  )
}
