// Which route component answers which path, and who may see it. Add a line per page.
import type { ComponentType } from 'react'
import { RequireSignIn } from '@/features/auth/components/RequireSignIn'
import { SIGN_IN_PATH } from '@/features/auth/paths'
import { usePathname } from '@/lib/navigation'
import { paths } from './site'
import { AccessibilityRoute } from './routes/AccessibilityRoute'
import { NotFoundRoute } from './routes/NotFoundRoute'
import { PrivacyRoute } from './routes/PrivacyRoute'
import { SignInRoute } from './routes/SignInRoute'
import { StrategyRoute } from './routes/StrategyRoute'

type Page = { component: ComponentType; access: 'public' | 'signed-in' }

const routes: Record<string, Page> = {
  [paths.home]: { component: StrategyRoute, access: 'signed-in' },
  [SIGN_IN_PATH]: { component: SignInRoute, access: 'public' },
  // the accessibility statement and the privacy notice must be readable by anyone (lag 2018:1937, GDPR art. 13)
  [paths.accessibility]: { component: AccessibilityRoute, access: 'public' },
  [paths.privacy]: { component: PrivacyRoute, access: 'public' },
}

export function Router() {
  const pathname = usePathname()
  const page = routes[pathname]
  if (!page) return <NotFoundRoute />
  const Route = page.component
  return page.access === 'public' ? (
    <Route />
  ) : (
    <RequireSignIn>
      <Route />
    </RequireSignIn>
  )
}
