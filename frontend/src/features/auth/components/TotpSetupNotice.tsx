import { useTranslation } from 'react-i18next'
import { useLogout } from '../api/logout'

/**
 * Stage totp-setup-required (OPK staff's first sign-in): the app cannot set up two-factor authentication
 * yet, so say so plainly and offer the way back.
 */
export function TotpSetupNotice() {
  const { t } = useTranslation()
  const cancel = useLogout({ stay: true })
  return (
    <>
      <h2>{t('auth.totpSetup.heading')}</h2>
      <p>{t('auth.totpSetup.body')}</p>
      <button type="button" className="button button-secondary" onClick={() => cancel.mutate()}>
        {t('auth.totp.cancel')}
      </button>
    </>
  )
}
