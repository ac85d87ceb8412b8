import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '@/lib/page-title'
import { IMY_URL, PRIVACY_EMAIL } from '../site'

/** /personuppgifter: public. What the service stores about its users, why, for how long, and whom to ask. */
export function PrivacyRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t('privacy.title'))
  return (
    <article className="prose">
      <h1>{t('privacy.title')}</h1>
      <p>{t('privacy.intro')}</p>

      <h2>{t('privacy.storedHeading')}</h2>
      <p>{t('privacy.storedIntro')}</p>
      <ul>
        {t('privacy.stored', { returnObjects: true }).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{t('privacy.notStoredHeading')}</h2>
      <p>{t('privacy.notStored')}</p>

      <h2>{t('privacy.whyHeading')}</h2>
      <p>{t('privacy.why')}</p>
      <p>{t('privacy.legalBasis')}</p>

      <h2>{t('privacy.publicHeading')}</h2>
      <p>{t('privacy.public')}</p>

      <h2>{t('privacy.retentionHeading')}</h2>
      <p>{t('privacy.retention')}</p>

      <h2>{t('privacy.cookiesHeading')}</h2>
      <p>{t('privacy.cookies')}</p>

      <h2>{t('privacy.rightsHeading')}</h2>
      <p>{t('privacy.rights')}</p>
      <p>
        <a href={IMY_URL}>{t('privacy.imyLink')}</a>
      </p>

      <h2>{t('privacy.contactHeading')}</h2>
      <p>{t('privacy.contact')}</p>
      <p>
        {t('privacy.email')} <a href={`mailto:${PRIVACY_EMAIL}`}>{PRIVACY_EMAIL}</a>
      </p>
      <p className="notice">{t('privacy.placeholder')}</p>
    </article>
  )
}
