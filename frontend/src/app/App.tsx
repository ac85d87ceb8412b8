import { useQueryClient } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { useState } from 'react'
import { AppProviders } from './providers'
import { createAppRouter } from './router'

export function App() {
  return (
    <AppProviders>
      <AppRouter />
    </AppProviders>
  )
}

/** The router, with the one QueryClient in its context (route loaders and the sign-in check read through it). */
function AppRouter() {
  const queryClient = useQueryClient()
  const [router] = useState(() => createAppRouter({ queryClient }))
  return <RouterProvider router={router} />
}
