import { useEffect, type ReactNode } from 'react'
import type { Role } from '@uppfoljning/contract'
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
export function RequireSignIn({ children, roles }: { children: ReactNode; roles?: readonly Role[] }) {
  const { t } = useTranslation()
  const session = useSession()
  const here = `${usePathname()}${useSearch()}`
  const stage = session.data?.stage

  useEffect(() => {
    if (stage && stage !== 'signed-in') navigate(signInHref(here), { replace: true })
  }, [stage, here])

  if (stage === 'signed-in') {
    const role = session.data?.user?.role
    if (roles && (!role || !roles.includes(role))) return <p role="alert">{t('state.notAllowed')}</p>
    return children
  }
  if (!session.data && session.isError) return <LoadError error={session.error} onRetry={() => void session.refetch()} />
  return <LoadingState>{t('auth.checking')}</LoadingState>
}
