import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '@/lib/page-title'

/** /lagesrapporter/:reportId: one report — placeholder until the feature lands. */
export function ReportRoute() {
  const { t } = useTranslation('reports')
  useDocumentTitle(t('pageTitle'))
  return <h1>{t('pageTitle')}</h1>
}
