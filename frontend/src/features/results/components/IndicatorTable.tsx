import type { IndicatorStatus, ReportingPeriod } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { indicatorValue } from '../figures'
import { Missing, ShareBar } from './Figures'

type Props = { indicators: IndicatorStatus[]; periods: ReportingPeriod[]; caption: string }

/** Indicator outcomes: the value ("<5" suppressed, "–" missing), how far towards the target, whether met, the trend. */
export function IndicatorTable({ indicators, periods, caption }: Props) {
  const { t } = useTranslation('results')
  const { locale } = useLanguage()
  const periodName = (id: number) => periods.find((p) => p.id === id)?.name ?? ''
  return (
    <div className="results-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="results-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organisation.indicators.indicator')}</th>
            <th scope="col" className="number">
              {t('organisation.indicators.value')}
            </th>
            <th scope="col">{t('organisation.indicators.towardsTarget')}</th>
            <th scope="col">{t('organisation.indicators.trend')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.indicatorId}>
              <th scope="row" lang={CONTENT_LANGUAGE}>
                {indicator.name}
                <span className="results-meta"> ({t(`indicators.direction.${indicator.direction}`)})</span>
              </th>
              <td className="number">
                {indicator.suppressed || indicator.value !== null ? (
                  indicatorValue(indicator.value, indicator.suppressed, indicator.unit, locale)
                ) : (
                  <Missing />
                )}
              </td>
              <td>
                {indicator.barRatio === null ? (
                  <span className="results-meta">
                    {indicator.noRatioReason ? t(`indicators.noRatio.${indicator.noRatioReason}`) : <Missing />}
                  </span>
                ) : (
                  <ShareBar share={indicator.barRatio} />
                )}
                {indicator.targetMet !== null && (
                  <span className="results-meta"> {indicator.targetMet ? `✓ ${t('indicators.met')}` : t('indicators.notMet')}</span>
                )}
              </td>
              <td>
                {indicator.trend ? (
                  t('organisation.indicators.trendText', {
                    verdict: t(`indicators.verdict.${indicator.trend.verdict}`),
                    change: new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(
                      indicator.trend.change,
                    ),
                    period: periodName(indicator.trend.fromPeriodId),
                  })
                ) : (
                  <Missing />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
