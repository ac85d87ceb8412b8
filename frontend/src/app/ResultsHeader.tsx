import { linkOptions, useMatchRoute } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportingPeriod } from '@uppfoljning/contract'
import { useChosenPeriod, type ChosenPeriod } from '@/api/use-chosen-period'
import { EmptyState } from '@/components/ui/EmptyState'
import { ErrorState } from '@/components/ui/ErrorState'
import { Link } from '@/components/ui/Link'
import { LoadingState } from '@/components/ui/LoadingState'
import { Select } from '@/components/ui/Select'
import type { ResultsLinks } from '@/features/results/links'

const views = [
  { to: '/resultat', label: 'goals' },
  { to: '/resultat/tackning', label: 'coverage' },
  { to: '/resultat/karta', label: 'map' },
  { to: '/resultat/utveckling', label: 'trends' },
] as const

type Props = {
  title: string
  /** the title's language when it is data (an organisation's name) rather than UI text */
  titleLang?: string
  periods: ReportingPeriod[]
  period: ReportingPeriod
  onChoosePeriod: (periodId: number) => void
  /** e.g. the download links of the view */
  children?: ReactNode
}

/**
 * The head of every results page (the routes compose it with a feature's view): its title, the views of the results section (the current one marked), and the
 * period the figures are for (kept in the address when another view is chosen).
 */
export function ResultsHeader({ title, titleLang, periods, period, onChoosePeriod, children }: Props) {
  const { t } = useTranslation()
  const matchRoute = useMatchRoute()
  return (
    <header className="results-header">
      <h1 lang={titleLang}>{title}</h1>
      <nav aria-label={t('results.views.label')}>
        <ul className="results-views">
          {views.map((view) => (
            <li key={view.to}>
              <Link to={view.to} search={{ period: period.id }} aria-current={matchRoute({ to: view.to }) !== false ? 'page' : undefined}>
                {t(`results.views.${view.label}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Select
        id="results-period"
        label={t('results.period')}
        value={String(period.id)}
        onChange={(event) => onChoosePeriod(Number(event.target.value))}
        options={[...periods].reverse().map((p) => ({ value: String(p.id), label: p.name }))}
      />
      {children}
    </header>
  )
}

export type ReadyPeriod = Extract<ChosenPeriod, { state: 'ready' }>

/**
 * A results page until its period is known: the title with a loading, error or "no period yet" state; then
 * `children` with the chosen period (the page draws its ResultsHeader and its view).
 */
export function WithChosenPeriod({ title, children }: { title: string; children: (chosen: ReadyPeriod) => ReactNode }) {
  const { t } = useTranslation()
  const { t: tr } = useTranslation('results')
  const chosen = useChosenPeriod()
  if (chosen.state === 'ready') return <>{children(chosen)}</>
  return (
    <>
      <h1>{title}</h1>
      {chosen.state === 'loading' && <LoadingState>{tr('loading')}</LoadingState>}
      {chosen.state === 'error' && (
        <ErrorState
          title={t('state.errorTitle')}
          message={t('state.loadFailed')}
          action={{ label: t('state.retry'), onClick: chosen.retry }}
        />
      )}
      {chosen.state === 'none' && <EmptyState>{chosen.strategy ? tr('noPeriod') : tr('noStrategy')}</EmptyState>}
    </>
  )
}

/** The results views' links to an organisation's page keep the period shown. */
export const resultsLinks = (periodId: number): ResultsLinks => ({
  organisation: (organisationId) =>
    linkOptions({ to: '/resultat/organisationer/$organisationId', params: { organisationId }, search: { period: periodId } }),
})
