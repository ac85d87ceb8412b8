import '../results.css'
import type { ProgressTrends } from '@uppfoljning/contract'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { formatNumber, formatPercent } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { useTrends } from '../api/get-trends'
import { niceDomain } from '../chart'
import { indicatorValue, MISSING } from '../figures'
import { LineChart, type LineSeries } from './LineChart'
import { Missing } from './Figures'

const PERCENT_TICKS = [0, 0.25, 0.5, 0.75, 1]

/** Utveckling: the county's implementation and coverage per period (compared with a goal or an organisation), and its indicator values. */
export function Trends({ periodId }: { periodId: number }) {
  const { t } = useTranslation('results')
  const trends = useTrends(periodId)
  if (trends.isPending) return <LoadingState>{t('trends.loading')}</LoadingState>
  if (trends.isError) return <LoadError error={trends.error} onRetry={() => void trends.refetch()} />
  return (
    <>
      <FiguresOverTime data={trends.data} />
      <IndicatorsOverTime data={trends.data} />
    </>
  )
}

type Compared = { name: string; progress: (number | null)[]; coverage: (number | null)[] } | null

function compared(data: ProgressTrends, choice: string): Compared {
  const [kind, id] = choice.split(':')
  if (kind === 'goal') {
    const goal = data.goals.find((g) => String(g.goalId) === id)
    return goal ? { name: `${goal.code} ${goal.title}`, progress: goal.progress, coverage: goal.coverage } : null
  }
  if (kind === 'organisation') {
    const organisation = data.organisations.find((o) => String(o.id) === id)
    return organisation ? { name: organisation.name, progress: organisation.progress, coverage: organisation.coverage } : null
  }
  return null
}

const collator = new Intl.Collator('sv-SE')

function FiguresOverTime({ data }: { data: ProgressTrends }) {
  const { t } = useTranslation('results')
  const { locale } = useLanguage()
  const [choice, setChoice] = useState('')
  const selectId = useId()
  const other = compared(data, choice)
  const county = t('county')
  const categories = data.periods.map((p) => p.name)
  const first = categories[0] ?? ''
  const last = categories[categories.length - 1] ?? ''
  const seriesNames = other ? [county, other.name].join(t('trends.seriesJoin')) : county
  const chart = (figure: 'progress' | 'coverage') => {
    const label = figure === 'progress' ? t('trends.progressChart') : t('trends.coverageChart')
    const series: LineSeries[] = [{ label: county, values: data.county[figure], variant: 'primary' }]
    if (other) series.push({ label: other.name, values: other[figure], variant: 'secondary' })
    return (
      <div>
        <h3>{label}</h3>
        <LineChart
          title={t('trends.chartTitle', { figure: label, series: seriesNames })}
          description={t('trends.chartDescription', { first, last })}
          categories={categories}
          series={series}
          domain={[0, 1]}
          ticks={PERCENT_TICKS}
          formatTick={(value) => formatPercent(value, locale)}
        />
      </div>
    )
  }
  const organisations = [...data.organisations].sort((a, b) => collator.compare(a.name, b.name))
  const cell = (value: number | null | undefined) => (value === null || value === undefined ? <Missing /> : formatPercent(value, locale))
  const columns = [
    {
      key: 'county-progress',
      head: t('trends.column', { figure: t('trends.progressChart'), series: county }),
      values: data.county.progress,
    },
    ...(other
      ? [
          {
            key: 'other-progress',
            head: t('trends.column', { figure: t('trends.progressChart'), series: other.name }),
            values: other.progress,
          },
        ]
      : []),
    {
      key: 'county-coverage',
      head: t('trends.column', { figure: t('trends.coverageChart'), series: county }),
      values: data.county.coverage,
    },
    ...(other
      ? [
          {
            key: 'other-coverage',
            head: t('trends.column', { figure: t('trends.coverageChart'), series: other.name }),
            values: other.coverage,
          },
        ]
      : []),
  ]
  return (
    <section aria-labelledby="results-trends">
      <h2 id="results-trends">{t('trends.heading')}</h2>
      <p>{t('trends.intro')}</p>
      <div className="field results-compare">
        <label htmlFor={selectId} className="field-label">
          {t('trends.compare')}
        </label>
        <select id={selectId} className="field-input" value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">{t('trends.compareNone')}</option>
          <optgroup label={t('trends.goals')}>
            {data.goals.map((goal) => (
              <option key={goal.goalId} value={`goal:${goal.goalId}`}>
                {goal.parentId === null ? '' : '\u2003'}
                {goal.code} {goal.title}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('trends.organisations')}>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={`organisation:${organisation.id}`}>
                {organisation.name}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <StatusMessage>{other ? t('trends.comparing', { name: other.name }) : t('trends.notComparing')}</StatusMessage>
      <div className="results-charts">
        {chart('progress')}
        {chart('coverage')}
      </div>
      <div className="results-scroll" role="region" aria-labelledby="results-trends-caption" tabIndex={0}>
        <table className="results-table">
          <caption id="results-trends-caption">{t('trends.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trends.period')}</th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className="number results-wrap">
                  {column.head}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.periods.map((period, index) => (
              <tr key={period.id}>
                <th scope="row">{period.name}</th>
                {columns.map((column) => (
                  <td key={column.key} className="number">
                    {cell(column.values[index])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function IndicatorsOverTime({ data }: { data: ProgressTrends }) {
  const { t } = useTranslation('results')
  const { locale } = useLanguage()
  const number = (value: number | null) => (value === null ? MISSING : formatNumber(value, locale))
  return (
    <section aria-labelledby="results-trends-indicators">
      <h2 id="results-trends-indicators">{t('trends.indicators.heading')}</h2>
      {data.indicators.length === 0 ? (
        <EmptyState>{t('trends.indicators.empty')}</EmptyState>
      ) : (
        <>
          <p>{t('trends.indicators.intro')}</p>
          <div className="results-scroll" role="region" aria-labelledby="results-indicators-caption" tabIndex={0}>
            <table className="results-table">
              <caption id="results-indicators-caption">{t('trends.indicators.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('trends.indicators.indicator')}</th>
                  <th scope="col" className="number">
                    {t('trends.indicators.baseline')}
                  </th>
                  <th scope="col" className="number">
                    {t('trends.indicators.target')}
                  </th>
                  {data.periods.map((period) => (
                    <th key={period.id} scope="col" className="number">
                      {period.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.indicators.map((indicator) => (
                  <tr key={indicator.indicatorId}>
                    <th scope="row" lang={CONTENT_LANGUAGE}>
                      {indicator.name}{' '}
                      <span className="results-meta">
                        ({indicator.unit}, {t(`indicators.direction.${indicator.direction}`)})
                      </span>
                    </th>
                    <td className="number">{number(indicator.baselineValue)}</td>
                    <td className="number">{number(indicator.targetValue)}</td>
                    {indicator.values.map((value, index) => (
                      <td key={data.periods[index]?.id ?? index} className="number">
                        {!value.suppressed && value.value === null ? (
                          <Missing />
                        ) : (
                          indicatorValue(value.value, value.suppressed, indicator.unit, locale)
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <IndicatorCharts data={data} />
        </>
      )}
    </section>
  )
}

/** A small chart per indicator that has values (baseline and target widen the scale so both fit). */
function IndicatorCharts({ data }: { data: ProgressTrends }) {
  const { t } = useTranslation('results')
  const { locale } = useLanguage()
  const withValues = data.indicators.filter((indicator) => indicator.values.some((v) => v.value !== null && !v.suppressed))
  if (withValues.length === 0) return null
  const categories = data.periods.map((p) => p.name)
  return (
    <>
      <h3>{t('trends.indicators.charts')}</h3>
      <div className="results-charts">
        {withValues.map((indicator) => {
          const values = indicator.values.map((v) => (v.suppressed ? null : v.value))
          const { domain, ticks } = niceDomain([...values, indicator.baselineValue, indicator.targetValue])
          return (
            <div key={indicator.indicatorId}>
              <h4 lang={CONTENT_LANGUAGE}>{indicator.name}</h4>
              <LineChart
                compact
                title={t('trends.indicators.chartTitle', { name: indicator.name })}
                description={t('trends.indicators.chartDescription', { unit: indicator.unit })}
                categories={categories}
                series={[{ label: indicator.name, values, variant: 'primary' }]}
                domain={domain}
                ticks={ticks}
                formatTick={(value) => formatNumber(value, locale)}
                references={[
                  ...(indicator.baselineValue === null
                    ? []
                    : [
                        {
                          label: t('trends.indicators.baselineMark', { value: formatNumber(indicator.baselineValue, locale) }),
                          value: indicator.baselineValue,
                        },
                      ]),
                  ...(indicator.targetValue === null
                    ? []
                    : [
                        {
                          label: t('trends.indicators.targetMark', { value: formatNumber(indicator.targetValue, locale) }),
                          value: indicator.targetValue,
                        },
                      ]),
                ]}
              />
            </div>
          )
        })}
      </div>
    </>
  )
}
