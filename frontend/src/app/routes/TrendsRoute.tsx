import { useTranslation } from 'react-i18next'
import { DownloadLinks } from '@/components/ui/DownloadLinks'
import { Trends } from '@/features/results/components/Trends'
import { useDocumentTitle } from '@/lib/page-title'
import { ResultsHeader, WithChosenPeriod } from '../ResultsHeader'

/** /resultat/utveckling: Utveckling — the figures of every period up to the chosen one, as charts and tables. */
export function TrendsRoute() {
  const { t } = useTranslation('results')
  const title = t('trends.pageTitle')
  useDocumentTitle(title)
  return (
    <WithChosenPeriod title={title}>
      {({ periods, period, choose }) => (
        <>
          <ResultsHeader title={title} periods={periods} period={period} onChoosePeriod={choose}>
            <DownloadLinks
              path="/progress/trends/export"
              query={{ periodId: period.id }}
              label={t('downloadWhat', { view: title, period: period.name })}
            />
          </ResultsHeader>
          <Trends periodId={period.id} />
        </>
      )}
    </WithChosenPeriod>
  )
}
