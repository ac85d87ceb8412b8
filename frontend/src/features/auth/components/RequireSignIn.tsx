import { useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { navigate, usePathname, useSearch } from '@/lib/navigation'
import { useSession } from '../api/get-session'
import { signInHref } from '../paths'

/**
 * Shows `children` to a signed-in user only; anyone else goes to the sign-in page, which brings them back
 * here afterwards. Also where a session that ended on the server (a 401 from any request) leads.
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const session = useSession()
  const here = `${usePathname()}${useSearch()}`
  const stage = session.data?.stage

  useEffect(() => {
    if (stage && stage !== 'signed-in') navigate(signInHref(here), { replace: true })
  }, [stage, here])

  if (stage === 'signed-in') return children
  if (!session.data && session.isError) return <LoadError error={session.error} onRetry={() => void session.refetch()} />
  return <LoadingState>{t('auth.checking')}</LoadingState>
}
