import { useTranslation } from 'react-i18next'
import { ReviewPage } from '@/features/review/components/ReviewPage'
import { useDocumentTitle } from '@/lib/page-title'

/** /granskning (OPK staff): the follow-ups to review, filterable; one opened at a time to approve or return. */
export function ReviewRoute() {
  const { t } = useTranslation('review')
  useDocumentTitle(t('title'))
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ReviewPage />
    </>
  )
}
