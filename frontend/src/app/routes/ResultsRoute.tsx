import { useTranslation } from 'react-i18next'
import { DownloadLinks } from '@/components/ui/DownloadLinks'
import { GoalFulfilment } from '@/features/results/components/GoalFulfilment'
import { useDocumentTitle } from '@/lib/page-title'
import { ResultsHeader, resultsLinks, WithChosenPeriod } from '../ResultsHeader'

/** /resultat: Måluppfyllelse — per goal and county-wide, with the basis of each figure, per organisation, and the flags. */
export function ResultsRoute() {
  const { t } = useTranslation('results')
  const title = t('pageTitle')
  useDocumentTitle(title)
  return (
    <WithChosenPeriod title={title}>
      {({ periods, period, choose }) => (
        <>
          <ResultsHeader title={title} periods={periods} period={period} onChoosePeriod={choose}>
            <DownloadLinks
              path="/progress/goals/export"
              query={{ periodId: period.id }}
              label={t('downloadWhat', { view: title, period: period.name })}
            />
          </ResultsHeader>
          <GoalFulfilment periodId={period.id} links={resultsLinks(period.id)} />
        </>
      )}
    </WithChosenPeriod>
  )
}
