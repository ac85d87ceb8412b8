import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportingPeriod } from '@uppfoljning/contract'
import { Select } from '@/components/ui/Select'
import { Link, matchPath, usePathname } from '@/lib/navigation'
import { paths } from './site'

const views = [
  { path: paths.results, label: 'goals' },
  { path: paths.coverage, label: 'coverage' },
  { path: paths.map, label: 'map' },
  { path: paths.trends, label: 'trends' },
] as const

type Props = {
  title: string
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
export function ResultsHeader({ title, periods, period, onChoosePeriod, children }: Props) {
  const { t } = useTranslation()
  const pathname = usePathname()
  return (
    <header className="results-header">
      <h1>{title}</h1>
      <nav aria-label={t('results.views.label')}>
        <ul className="results-views">
          {views.map((view) => (
            <li key={view.path}>
              <Link href={`${view.path}?period=${period.id}`} aria-current={matchPath(view.path, pathname) ? 'page' : undefined}>
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
