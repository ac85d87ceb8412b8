import type { Indicator, IndicatorValue, ReportingPeriod } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { formatNumber } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { useCountyValues } from '../api/get-indicator-values'

/** How many of the latest county-wide values to show, newest first. */
const LATEST = 3

/** A value with its unit: "28 %", "12,5 per 10 000 invånare". */
function useFormatValue() {
  const { locale } = useLanguage()
  return (value: number, unit: string) => `${formatNumber(value, locale)}\u00a0${unit}`
}

/** Indicators with unit, direction, baseline, target, data source and the latest county-wide values. */
export function IndicatorList({ indicators, periods }: { indicators: Indicator[]; periods: Map<number, ReportingPeriod> }) {
  return (
    <ul className="strategy-indicators">
      {indicators.map((indicator) => (
        <li key={indicator.id} className="strategy-indicator">
          <IndicatorFacts indicator={indicator} periods={periods} />
        </li>
      ))}
    </ul>
  )
}

function IndicatorFacts({ indicator, periods }: { indicator: Indicator; periods: Map<number, ReportingPeriod> }) {
  const { t } = useTranslation('overview')
  const format = useFormatValue()
  const missing = t('strategy.indicators.missing')
  const reference = (value: number | null, year: number | null) =>
    value === null
      ? missing
      : year === null
        ? format(value, indicator.unit)
        : t('strategy.indicators.inYear', { value: format(value, indicator.unit), year })
  return (
    <>
      <p className="strategy-indicator-name" lang={CONTENT_LANGUAGE}>
        {indicator.name}
      </p>
      {indicator.description && (
        <p className="description" lang={CONTENT_LANGUAGE}>
          {indicator.description}
        </p>
      )}
      <dl className="strategy-facts">
        <div>
          <dt>{t('strategy.indicators.unit')}</dt>
          <dd lang={CONTENT_LANGUAGE}>{indicator.unit}</dd>
        </div>
        <div>
          <dt>{t('strategy.indicators.direction')}</dt>
          <dd>{t(`strategy.indicators.directions.${indicator.direction}`)}</dd>
        </div>
        <div>
          <dt>{t('strategy.indicators.baseline')}</dt>
          <dd>{reference(indicator.baselineValue, indicator.baselineYear)}</dd>
        </div>
        <div>
          <dt>{t('strategy.indicators.target')}</dt>
          <dd>{reference(indicator.targetValue, indicator.targetYear)}</dd>
        </div>
        <div>
          <dt>{t('strategy.indicators.source')}</dt>
          <dd lang={indicator.dataSource ? CONTENT_LANGUAGE : undefined}>{indicator.dataSource || missing}</dd>
        </div>
        <div className="strategy-facts-wide">
          <dt>{t('strategy.indicators.latest')}</dt>
          <dd>
            <CountyValues indicator={indicator} periods={periods} />
          </dd>
        </div>
      </dl>
    </>
  )
}

function CountyValues({ indicator, periods }: { indicator: Indicator; periods: Map<number, ReportingPeriod> }) {
  const { t } = useTranslation('overview')
  const format = useFormatValue()
  const values = useCountyValues(indicator.id)
  if (values.isPending) return <LoadingState>{t('strategy.indicators.loadingValues')}</LoadingState>
  if (values.isError) return <LoadError error={values.error} onRetry={() => void values.refetch()} />
  const startOf = (value: IndicatorValue) => periods.get(value.periodId)?.startsOn ?? ''
  const latest = [...values.data.items].sort((a, b) => startOf(b).localeCompare(startOf(a))).slice(0, LATEST)
  if (latest.length === 0) return <>{t('strategy.indicators.noValues')}</>
  const shown = (value: IndicatorValue) =>
    value.suppressed
      ? t('strategy.indicators.suppressed')
      : value.value === null
        ? t('strategy.indicators.missing')
        : format(value.value, indicator.unit)
  return (
    <ul className="strategy-values">
      {latest.map((value) => (
        <li key={value.id}>
          <span lang={CONTENT_LANGUAGE}>{periods.get(value.periodId)?.name ?? value.periodId}</span>: <strong>{shown(value)}</strong>
        </li>
      ))}
    </ul>
  )
}
