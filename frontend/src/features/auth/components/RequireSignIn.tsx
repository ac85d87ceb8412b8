import { useNavigate, useRouterState } from '@tanstack/react-router'
import { useEffect, type ReactNode } from 'react'
import type { Role } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { useSession } from '../api/get-session'
import { SIGN_IN_PATH } from '../paths'

/**
 * Shows `children` to a signed-in user only; anyone else goes to the sign-in page, which brings them back
 * here afterwards. Also where a session that ended on the server (a 401 from any request) leads.
 */
export function RequireSignIn({ children, roles }: { children: ReactNode; roles?: readonly Role[] }) {
  const { t } = useTranslation()
  const session = useSession()
  // the page shown; while the router is on its way elsewhere (signing out goes to the sign-in page) this page lets it go
  const here = useRouterState({ select: (state) => (state.resolvedLocation ?? state.location).href })
  const leaving = useRouterState({ select: (state) => state.location.href !== (state.resolvedLocation ?? state.location).href })
  const navigate = useNavigate()
  const stage = session.data?.stage

  useEffect(() => {
    if (stage && stage !== 'signed-in' && !leaving) void navigate({ to: SIGN_IN_PATH, search: { returnTo: here }, replace: true })
  }, [stage, here, leaving, navigate])

  if (stage === 'signed-in') {
    const role = session.data?.user?.role
    if (roles && (!role || !roles.includes(role))) return <p role="alert">{t('state.notAllowed')}</p>
    return children
  }
  if (!session.data && session.isError) return <LoadError error={session.error} onRetry={() => void session.refetch()} />
  return <LoadingState>{t('auth.checking')}</LoadingState>
}
