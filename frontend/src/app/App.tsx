import { usePathname } from '@/lib/navigation'
import { ErrorBoundary } from './ErrorBoundary'
import { Layout } from './Layout'
import { AppProviders } from './providers'
import { Router } from './router'

export function App() {
  return (
    <AppProviders>
      <Layout>
        <PageBoundary />
      </Layout>
    </AppProviders>
  )
}

function PageBoundary() {
  const pathname = usePathname()
  return (
    <ErrorBoundary resetKey={pathname}>
      <Router />
    </ErrorBoundary>
  )
}
