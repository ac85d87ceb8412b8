import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '@/lib/page-title'

/** /resultat: Måluppfyllelse — placeholder until the feature lands. */
export function ResultsRoute() {
  const { t } = useTranslation('results')
  useDocumentTitle(t('pageTitle'))
  return <h1>{t('pageTitle')}</h1>
}
