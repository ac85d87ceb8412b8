import type { LinkOptions } from '@tanstack/react-router'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportingPeriod } from '@uppfoljning/contract'
import { useCoverage } from '@/api/get-coverage'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { formatPercent } from '@/lib/format'
import { useLanguage } from '@/lib/i18n'
import { buildMatrix, type MatrixMeasure, type MatrixOrganisation } from '../coverage-matrix'
import { useMatrixState, type MatrixState } from '../matrix-address'
import { CellDetails } from './CellDetails'
import { CoverageGrid } from './CoverageGrid'
import { CoverageList } from './CoverageList'
import { MatrixControls } from './MatrixControls'
import '../coverage.css'

type Props = {
  period: ReportingPeriod
  /** the address of an organisation's results page for this period (the route knows the site's paths) */
  organisationLink: (organisationId: number) => LinkOptions
}

function Legend() {
  const { t } = useTranslation('coverage')
  const items = [
    ['coverage-covered', '✓2', t('legend.covered')],
    ['coverage-gap', '✗', t('legend.gap')],
    ['coverage-not-expected', '2', t('legend.other')],
    ['coverage-not-expected', '·', t('legend.none')],
    ['', t('noFigure'), t('legend.noFigure')],
  ] as const
  return (
    <div className="coverage-legend">
      <h3>{t('legend.heading')}</h3>
      <dl>
        {items.map(([className, symbol, text]) => (
          <div key={text}>
            <dt className={`coverage-legend-symbol ${className}`}>{symbol}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}

/**
 * Täckning: who of the organisations expected on each measure acts on it, as a keyboard-navigable matrix or as
 * lists per goal, sorted and filtered by what the address says.
 */
export function CoverageView({ period, organisationLink }: Props) {
  const { t } = useTranslation('coverage')
  const { locale } = useLanguage()
  const coverage = useCoverage(period.id)
  const [state, setState] = useMatrixState()
  const [open, setOpen] = useState<{ organisation: MatrixOrganisation; measure: MatrixMeasure } | null>(null)
  const [announced, setAnnounced] = useState('')
  const matrix = useMemo(() => (coverage.data ? buildMatrix(coverage.data, state) : null), [coverage.data, state])

  if (coverage.isPending) return <LoadingState>{t('loading')}</LoadingState>
  if (coverage.isError) return <LoadError error={coverage.error} onRetry={() => void coverage.refetch()} />
  if (!matrix || coverage.data.goals.every((goal) => goal.measures.length === 0)) return <EmptyState>{t('empty')}</EmptyState>

  const { county } = coverage.data
  const measureCount = matrix.goals.reduce((sum, goal) => sum + goal.measures.length, 0)
  const change = (patch: Partial<MatrixState>) => {
    const next = { ...state, ...patch }
    setState(next)
    if (patch.view) setAnnounced(t(patch.view === 'list' ? 'controls.listShown' : 'controls.gridShown'))
    else {
      const shown = buildMatrix(coverage.data, next)
      setAnnounced(t('controls.shown', { organisations: shown.organisations.length, measures: shown.goals.reduce((sum, goal) => sum + goal.measures.length, 0) }))
    }
  }
  const empty = matrix.organisations.length === 0 || measureCount === 0

  return (
    <div className="coverage">
      <p className="coverage-intro">{t('intro')}</p>
      {county.coverage !== null && (
        <p className="coverage-county">{t('county', { covered: county.covered, expected: county.expected, percent: formatPercent(county.coverage, locale) })}</p>
      )}
      <MatrixControls data={coverage.data} state={state} onChange={change} />
      <p>
        <button type="button" className="button button-secondary" onClick={() => change({ view: state.view === 'list' ? 'grid' : 'list' })}>
          {state.view === 'list' ? t('controls.showGrid') : t('controls.showList')}
        </button>
      </p>
      <StatusMessage>{announced}</StatusMessage>
      {empty ? (
        <EmptyState>{t('filteredEmpty')}</EmptyState>
      ) : state.view === 'list' ? (
        <CoverageList matrix={matrix} />
      ) : (
        <section aria-labelledby="coverage-grid-heading">
          <h2 id="coverage-grid-heading">{t('grid.heading')}</h2>
          <Legend />
          <p id="coverage-grid-keys" className="field-hint">
            {t('grid.keys')}
          </p>
          <CoverageGrid matrix={matrix} caption={t('grid.caption', { period: period.name })} onOpen={(organisation, measure) => setOpen({ organisation, measure })} />
        </section>
      )}
      {open && <CellDetails periodId={period.id} organisation={open.organisation} measure={open.measure} organisationLink={organisationLink} onClose={() => setOpen(null)} />}
    </div>
  )
}
