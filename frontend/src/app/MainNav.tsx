import { useMatchRoute, type RegisteredRouter } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import type { Role } from '@uppfoljning/contract'
import { Link } from '@/components/ui/Link'
import { useSession } from '@/features/auth/api/get-session'

/** a page's address pattern, as in app/router.tsx */
type Path = keyof RegisteredRouter['routesByPath']
type Item = {
  to: Path
  label: 'overview' | 'strategy' | 'plans' | 'results' | 'reports' | 'review' | 'admin'
  roles?: readonly Role[]
  also?: Path[]
}

const items: Item[] = [
  { to: '/', label: 'overview' },
  { to: '/strategi', label: 'strategy' },
  { to: '/planer', label: 'plans', also: ['/planer/$planId', '/aktiviteter/$actionId/uppfoljning/$periodId'] },
  {
    to: '/resultat',
    label: 'results',
    also: ['/resultat/tackning', '/resultat/karta', '/resultat/utveckling', '/resultat/organisationer/$organisationId'],
  },
  { to: '/lagesrapporter', label: 'reports', also: ['/lagesrapporter/$reportId'] },
  { to: '/granskning', label: 'review', roles: ['opk_staff'] },
  { to: '/administration', label: 'admin', roles: ['opk_staff'], also: ['/administration/$section'] },
]

/** The main menu of a signed-in user: the pages their role has, the current one marked for screen readers too. */
export function MainNav() {
  const { t } = useTranslation()
  const matchRoute = useMatchRoute()
  const role = useSession().data?.user?.role
  if (!role) return null
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul className="container">
        {items
          .filter((item) => !item.roles || item.roles.includes(role))
          .map((item) => {
            const current = [item.to, ...(item.also ?? [])].some((to) => matchRoute({ to }) !== false)
            return (
              <li key={item.to}>
                <Link to={item.to} aria-current={current ? 'page' : undefined}>
                  {t(`nav.${item.label}`)}
                </Link>
              </li>
            )
          })}
      </ul>
    </nav>
  )
}
