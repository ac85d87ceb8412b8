import '../overview.css'
import type { ReportingPeriod, Strategy } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import type { OverviewLinks } from '../links'
import { CurrentPeriod } from './CurrentPeriod'
import { OrganisationPlan } from './OrganisationPlan'
import { OrganisationTasks } from './OrganisationTasks'
import { PeriodFacts } from './PeriodFacts'

type Organisation = { id: number; name: string }

/**
 * A coordinator's start: the open period and its deadline, then per organisation of theirs its plan, the actions
 * still without a follow-up for the period and the follow-ups the reviewers returned.
 */
export function CoordinatorOverview({ organisations, links }: { organisations: Organisation[]; links: OverviewLinks }) {
  const { t } = useTranslation('overview')
  if (organisations.length === 0) return <EmptyState>{t('coordinator.noOrganisations')}</EmptyState>
  return (
    <CurrentPeriod openOnly>
      {({ strategy, period }) => (
        <>
          <section aria-labelledby="overview-period">
            <h2 id="overview-period">{period ? t('period.heading', { name: period.name }) : t('period.headingNone')}</h2>
            {period ? <PeriodFacts period={period} /> : <p>{t('period.noneOpen')}</p>}
          </section>
          {organisations.map((organisation) => (
            <OrganisationSection key={organisation.id} organisation={organisation} strategy={strategy} period={period} links={links} />
          ))}
        </>
      )}
    </CurrentPeriod>
  )
}

function OrganisationSection({
  organisation,
  strategy,
  period,
  links,
}: {
  organisation: Organisation
  strategy: Strategy
  period: ReportingPeriod | null
  links: OverviewLinks
}) {
  const headingId = `overview-organisation-${organisation.id}`
  return (
    <section className="overview-organisation" aria-labelledby={headingId}>
      <h2 id={headingId} lang={CONTENT_LANGUAGE}>
        {organisation.name}
      </h2>
      <OrganisationPlan organisationId={organisation.id} strategy={strategy} links={links} />
      {period && <OrganisationTasks organisationId={organisation.id} strategy={strategy} period={period} links={links} />}
    </section>
  )
}
