import { useNavigate, useSearch } from '@tanstack/react-router'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { useSession } from '../api/get-session'
import { safeReturnTo, SIGN_IN_PATH } from '../paths'
import { PasswordStep } from './PasswordStep'
import { TotpSetupNotice } from './TotpSetupNotice'
import { TotpStep } from './TotpStep'

/** Why a sign-in through the organisation's identity provider came back without a session (`?fel=…`). */
const oidcRefusals = ['oidc-misslyckades', 'oidc-okand', 'oidc-konto-finns'] as const
type OidcRefusal = (typeof oidcRefusals)[number]
const isOidcRefusal = (value: string | undefined): value is OidcRefusal => oidcRefusals.includes(value as OidcRefusal)

/**
 * Logga in: e-mail and password, then the one-time code when the account has two-factor authentication.
 * The step follows the session's stage; once signed in, on to `returnTo` (a same-site path) or the start page.
 */
export function SignInPage() {
  const { t } = useTranslation()
  const session = useSession()
  const search = useSearch({ from: SIGN_IN_PATH })
  const returnTo = safeReturnTo(search.returnTo)
  const refusal = search.fel
  const navigate = useNavigate()
  const stage = session.data?.stage

  useEffect(() => {
    // returnTo is a same-site path with its query (safeReturnTo): the router parses it as an address
    if (stage === 'signed-in') void navigate({ href: returnTo, replace: true })
  }, [stage, returnTo, navigate])

  let step
  if (!session.data) {
    step = session.isError ? (
      <LoadError error={session.error} onRetry={() => void session.refetch()} />
    ) : (
      <LoadingState>{t('auth.checking')}</LoadingState>
    )
  } else if (stage === 'signed-out') {
    step = (
      <PasswordStep
        returnTo={returnTo}
        oidcEnabled={session.data.oidcEnabled}
        initialProblem={isOidcRefusal(refusal) ? t(`auth.oidcRefusals.${refusal}`) : undefined}
      />
    )
  } else if (stage === 'totp-required') {
    step = <TotpStep />
  } else if (stage === 'totp-setup-required') {
    step = <TotpSetupNotice />
  } else {
    step = <LoadingState>{t('auth.signedInContinuing')}</LoadingState>
  }

  return (
    <div className="sign-in">
      <h1>{t('auth.signIn.title')}</h1>
      {step}
    </div>
  )
}
