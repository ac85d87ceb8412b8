import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '@/lib/page-title'

/** /resultat/karta: Karta — placeholder until the feature lands. */
export function MapRoute() {
  const { t } = useTranslation('coverage')
  useDocumentTitle(t('pageTitle'))
  return <h1>{t('pageTitle')}</h1>
}
