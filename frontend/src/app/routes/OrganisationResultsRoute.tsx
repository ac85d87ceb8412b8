import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '@/lib/page-title'

/** /resultat/organisationer/:organisationId: one organisation — placeholder until the feature lands. */
export function OrganisationResultsRoute() {
  const { t } = useTranslation('results')
  useDocumentTitle(t('pageTitle'))
  return <h1>{t('pageTitle')}</h1>
}
