import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '@/lib/page-title'

/** /resultat/utveckling: Utveckling — placeholder until the feature lands. */
export function TrendsRoute() {
  const { t } = useTranslation('results')
  useDocumentTitle(t('pageTitle'))
  return <h1>{t('pageTitle')}</h1>
}
