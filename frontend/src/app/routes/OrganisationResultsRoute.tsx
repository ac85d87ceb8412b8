import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useAllOrganisations } from '@/api/get-organisations'
import { DownloadLinks } from '@/components/ui/DownloadLinks'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { OrganisationPicker } from '@/features/results/components/OrganisationPicker'
import { OrganisationResults } from '@/features/results/components/OrganisationResults'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { useDocumentTitle } from '@/lib/page-title'
import { ResultsHeader, resultsLinks, WithChosenPeriod } from '../ResultsHeader'

const route = getRouteApi('/signed-in/resultat/organisationer/$organisationId')

/** /resultat/organisationer/:organisationId: one organisation's plan held against the strategy, with a picker for another. */
export function OrganisationResultsRoute() {
  const { t } = useTranslation('results')
  const { organisationId: id } = route.useParams()
  const navigate = useNavigate()
  const organisations = useAllOrganisations()
  const organisation = organisations.data?.items.find((o) => o.id === id)
  const title = organisation?.name ?? t('organisation.pageTitle')
  useDocumentTitle(title)
  return (
    <WithChosenPeriod title={title}>
      {({ periods, period, choose }) => {
        const links = resultsLinks(period.id)
        let body
        if (organisations.isPending) body = <LoadingState>{t('organisation.loading')}</LoadingState>
        else if (organisations.isError) body = <LoadError error={organisations.error} onRetry={() => void organisations.refetch()} />
        else if (!organisation) body = <EmptyState>{t('organisation.notFound')}</EmptyState>
        else
          body = (
            <OrganisationResults
              key={organisation.id}
              organisationId={organisation.id}
              periodId={period.id}
              periods={periods}
              links={links}
            />
          )
        return (
          <>
            <ResultsHeader
              title={title}
              titleLang={organisation ? CONTENT_LANGUAGE : undefined}
              periods={periods}
              period={period}
              onChoosePeriod={choose}
            >
              {organisations.data && (
                <OrganisationPicker
                  key={id}
                  organisations={organisations.data.items}
                  current={organisation?.id ?? null}
                  onChoose={(next) => void navigate(links.organisation(next))}
                />
              )}
              {organisation && (
                <DownloadLinks
                  path={`/progress/organisations/${organisation.id}/export`}
                  query={{ periodId: period.id }}
                  label={t('downloadWhat', { view: organisation.name, period: period.name })}
                />
              )}
            </ResultsHeader>
            {body}
          </>
        )
      }}
    </WithChosenPeriod>
  )
}
