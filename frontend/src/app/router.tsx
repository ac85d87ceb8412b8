// Which route component answers which path. One page so far; add a line per page.
import type { ComponentType } from 'react'
import { usePathname } from '@/lib/navigation'
import { NotFoundRoute } from './routes/NotFoundRoute'
import { StrategyRoute } from './routes/StrategyRoute'

const routes: Record<string, ComponentType> = {
  '/': StrategyRoute,
}

export function Router() {
  const pathname = usePathname()
  const Route = routes[pathname] ?? NotFoundRoute
  return <Route />
}
