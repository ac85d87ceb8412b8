import { useTranslation } from 'react-i18next'
import { formatDate } from '@/lib/format'
import { useLanguage } from '@/lib/i18n'
import { useDocumentTitle } from '@/lib/page-title'
import { ACCESSIBILITY_EMAIL, ACCESSIBILITY_STATEMENT_DATE, DIGG_REPORT_URL } from '../site'

/**
 * /tillganglighet: public. The accessibility statement that lag (2018:1937) requires, in the structure of
 * Digg's model statement: scope, compliance, known gaps, how to report, supervision, method, date.
 */
export function AccessibilityRoute() {
  const { t } = useTranslation()
  const { locale } = useLanguage()
  useDocumentTitle(t('accessibility.title'))
  const mail = <a href={`mailto:${ACCESSIBILITY_EMAIL}`}>{ACCESSIBILITY_EMAIL}</a>
  return (
    <article className="prose">
      <h1>{t('accessibility.title')}</h1>
      <p>{t('accessibility.scope')}</p>
      <p>{t('accessibility.intro')}</p>

      <h2>{t('accessibility.statusHeading')}</h2>
      <p>{t('accessibility.status')}</p>

      <h2>{t('accessibility.gapsHeading')}</h2>
      <ul>
        {t('accessibility.gaps', { returnObjects: true }).map((gap) => (
          <li key={gap}>{gap}</li>
        ))}
      </ul>

      <h2>{t('accessibility.alternativeHeading')}</h2>
      <p>{t('accessibility.alternative')}</p>
      <p>
        {t('accessibility.email')} {mail}
      </p>

      <h2>{t('accessibility.reportHeading')}</h2>
      <p>{t('accessibility.report')}</p>
      <p>
        {t('accessibility.email')} {mail}
      </p>
      <p className="notice">{t('accessibility.placeholder')}</p>

      <h2>{t('accessibility.supervisionHeading')}</h2>
      <p>{t('accessibility.supervision')}</p>
      <p>
        <a href={DIGG_REPORT_URL}>{t('accessibility.supervisionLink')}</a>
      </p>

      <h2>{t('accessibility.testingHeading')}</h2>
      <p>{t('accessibility.testing')}</p>
      <p>{t('accessibility.date', { date: formatDate(ACCESSIBILITY_STATEMENT_DATE, locale) })}</p>
    </article>
  )
}
