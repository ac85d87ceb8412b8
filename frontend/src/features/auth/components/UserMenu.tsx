import { useLocation } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import { useSession } from '../api/get-session'
import { useLogout } from '../api/logout'
import { SIGN_IN_PATH } from '../paths'

/** The header's corner: who is signed in (name, role, organisations) and Logga ut; else a way to sign in. */
export function UserMenu() {
  const { t } = useTranslation()
  const session = useSession()
  const logout = useLogout()
  const pathname = useLocation({ select: (location) => location.pathname })
  const user = session.data?.stage === 'signed-in' ? session.data.user : null

  if (!user) {
    if (!session.data || pathname === SIGN_IN_PATH) return null
    return (
      <Link to={SIGN_IN_PATH} className="header-button">
        {t('auth.user.signIn')}
      </Link>
    )
  }

  const organisations = user.organisations.map((o) => o.name).join(', ')
  return (
    <div className="user-menu">
      <p className="user">
        <span className="visually-hidden">{t('auth.user.signedInAs')} </span>
        <span className="user-name">{user.name}</span>
        <span className="visually-hidden">, </span>
        <span className="user-role">
          {t(`auth.roles.${user.role}`)}
          {organisations && (
            <>
              {', '}
              <span lang={CONTENT_LANGUAGE}>{organisations}</span>
            </>
          )}
        </span>
      </p>
      <button
        type="button"
        className="header-button"
        aria-disabled={logout.isPending || undefined}
        onClick={() => !logout.isPending && logout.mutate()}
      >
        {t('auth.user.signOut')}
      </button>
      {logout.isError && (
        <p className="header-error" role="alert">
          {t('auth.user.signOutFailed')}
        </p>
      )}
    </div>
  )
}
