import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { useEndSessionOnUnauthenticated } from '@/features/auth/api/get-session'
import { i18n } from '@/lib/i18n'
import { createQueryClient } from '@/lib/query-client'

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient)
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <SessionEnd />
        {children}
      </QueryClientProvider>
    </I18nextProvider>
  )
}

/** A 401 from any request ends the session in the app too (and so leads to the sign-in page). */
function SessionEnd() {
  useEndSessionOnUnauthenticated()
  return null
}
