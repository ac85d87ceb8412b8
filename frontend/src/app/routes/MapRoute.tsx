import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useChosenPeriod } from '@/api/use-chosen-period'
import { DownloadLinks } from '@/components/ui/DownloadLinks'
import { EmptyState } from '@/components/ui/EmptyState'
import { ErrorState } from '@/components/ui/ErrorState'
import { LoadingState } from '@/components/ui/LoadingState'
import { mapQuery, mapStateOf } from '@/features/coverage/map/map-address'
import { MapView } from '@/features/coverage/map/MapView'
import { useDocumentTitle } from '@/lib/page-title'
import { ResultsHeader, resultsLinks } from '../ResultsHeader'

const route = getRouteApi('/signed-in/resultat/karta')

/** /resultat/karta: Karta — the municipalities' coverage or progress for a goal or measure, with its downloads. */
export function MapRoute() {
  const { t } = useTranslation('coverage')
  const { t: tApp } = useTranslation()
  const title = t('map.pageTitle')
  useDocumentTitle(title)
  const search = route.useSearch()
  const chosen = useChosenPeriod()

  if (chosen.state === 'loading') return <LoadingState>{tApp('state.loadingPage')}</LoadingState>
  if (chosen.state === 'error')
    return (
      <>
        <h1>{title}</h1>
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
        <h1>{title}</h1>
        <EmptyState>{t('noPeriod')}</EmptyState>
      </>
    )

  const { period, strategy } = chosen
  return (
    <>
      <ResultsHeader title={title} periods={chosen.periods} period={period} onChoosePeriod={chosen.choose}>
        <DownloadLinks
          path="/progress/map/export"
          query={mapQuery(period.id, mapStateOf(search))}
          label={t('map.downloads', { period: period.name })}
        />
      </ResultsHeader>
      <MapView period={period} strategyId={strategy.id} organisationLink={resultsLinks(period.id).organisation} />
    </>
  )
}
