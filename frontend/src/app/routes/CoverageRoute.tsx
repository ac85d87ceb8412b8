import { useTranslation } from 'react-i18next'
import { useChosenPeriod } from '@/api/use-chosen-period'
import { DownloadLinks } from '@/components/ui/DownloadLinks'
import { EmptyState } from '@/components/ui/EmptyState'
import { ErrorState } from '@/components/ui/ErrorState'
import { LoadingState } from '@/components/ui/LoadingState'
import { CoverageView } from '@/features/coverage/components/CoverageView'
import { useDocumentTitle } from '@/lib/page-title'
import { ResultsHeader, resultsLinks } from '../ResultsHeader'

/** /resultat/tackning: Täckning — organisations × measures for the chosen period, with its downloads. */
export function CoverageRoute() {
  const { t } = useTranslation('coverage')
  const { t: tApp } = useTranslation()
  useDocumentTitle(t('pageTitle'))
  const chosen = useChosenPeriod()

  if (chosen.state === 'loading') return <LoadingState>{tApp('state.loadingPage')}</LoadingState>
  if (chosen.state === 'error')
    return (
      <>
        <h1>{t('pageTitle')}</h1>
        <ErrorState
          title={tApp('state.errorTitle')}
          message={tApp('state.loadFailed')}
          action={{ label: tApp('state.retry'), onClick: chosen.retry }}
        />
      </>
    )
  if (chosen.state === 'none')
    return (
      <>
        <h1>{t('pageTitle')}</h1>
        <EmptyState>{t('noPeriod')}</EmptyState>
      </>
    )

  const { period } = chosen
  return (
    <>
      <ResultsHeader title={t('pageTitle')} periods={chosen.periods} period={period} onChoosePeriod={chosen.choose}>
        <DownloadLinks path="/progress/coverage/export" query={{ periodId: period.id }} label={t('downloads', { period: period.name })} />
      </ResultsHeader>
      <CoverageView period={period} organisationLink={resultsLinks(period.id).organisation} />
    </>
  )
}
