import { useTranslation } from 'react-i18next'
import { SignInPage } from '@/features/auth/components/SignInPage'
import { useDocumentTitle } from '@/lib/page-title'
import { AboutLinks } from '../AboutLinks'

/** /logga-in: public. The sign-in steps, then what anyone may read without signing in. */
export function SignInRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t('auth.signIn.title'))
  return (
    <>
      <SignInPage />
      <div className="about-links">
        <h2>{t('about.heading')}</h2>
        <AboutLinks />
      </div>
    </>
  )
}
