import type { IndicatorStatus, ReportSnapshot } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { formatNumber } from '@/lib/format'
import { MISSING, signedNumber } from '../report-format'
import { Missing, Share } from './Figures'

/** A value in its unit: "62 %", "1 234", "3,5 per 10 000 invånare". */
function inUnit(value: number, unit: string, locale: string) {
  const number = formatNumber(value, locale)
  if (unit === '%') return `${number}\u00a0%`
  if (unit === '' || unit === 'antal') return number
  return `${number} ${unit}`
}

/** The value of the period: the number, "<5" when suppressed, or the dash with why it is missing. */
export function IndicatorValue({ indicator }: { indicator: IndicatorStatus }) {
  const { t } = useTranslation('reports')
  const { locale } = useLanguage()
  if (indicator.suppressed) return <>{t('indicators.suppressed')}</>
  if (indicator.value === null) return <Missing reason={t('indicators.reason.noValue')} />
  return <span lang={CONTENT_LANGUAGE}>{inUnit(indicator.value, indicator.unit, locale)}</span>
}

function Optional({ value, unit }: { value: number | null; unit: string }) {
  const { t } = useTranslation('reports')
  const { locale } = useLanguage()
  return value === null ? <Missing reason={t('indicators.notSet')} /> : <span lang={CONTENT_LANGUAGE}>{inUnit(value, unit, locale)}</span>
}

/** Every indicator's outcome: county-wide first, then per organisation with a value; missing stays missing, "<5" stays suppressed. */
export function IndicatorTable({ snapshot }: { snapshot: ReportSnapshot }) {
  const { t } = useTranslation('reports')
  const { locale } = useLanguage()
  const names = new Map(snapshot.organisations.map((o) => [o.id, o.name]))
  const rows = [...snapshot.indicators].sort((a, b) => Number(a.organisationId !== null) - Number(b.organisationId !== null))
  if (rows.length === 0) return <EmptyState>{t('indicators.empty')}</EmptyState>
  return (
    <div className="report-scroll">
      <table className="report-table">
        <caption>{t('indicators.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.indicator')}</th>
            <th scope="col">{t('indicators.scope')}</th>
            <th scope="col">{t('indicators.baseline')}</th>
            <th scope="col">{t('indicators.target')}</th>
            <th scope="col">{t('indicators.value')}</th>
            <th scope="col">{t('indicators.towardsTarget')}</th>
            <th scope="col">{t('indicators.trend')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((indicator) => (
            <tr key={`${indicator.indicatorId}:${indicator.organisationId ?? 'county'}`}>
              <th scope="row">
                <span lang={CONTENT_LANGUAGE}>{indicator.name}</span>
                <span className="report-basis">
                  {t(indicator.direction === 'increase' ? 'indicators.increase' : 'indicators.decrease')}
                </span>
              </th>
              <td data-label={t('indicators.scope')} lang={indicator.organisationId === null ? undefined : CONTENT_LANGUAGE}>
                {indicator.organisationId === null ? t('goals.county') : (names.get(indicator.organisationId) ?? '')}
              </td>
              <td data-label={t('indicators.baseline')}>
                <Optional value={indicator.baselineValue} unit={indicator.unit} />
              </td>
              <td data-label={t('indicators.target')}>
                <Optional value={indicator.targetValue} unit={indicator.unit} />
              </td>
              <td data-label={t('indicators.value')}>
                <IndicatorValue indicator={indicator} />
              </td>
              <td data-label={t('indicators.towardsTarget')}>
                {indicator.value === null ? (
                  MISSING
                ) : indicator.ratio === null ? (
                  <Missing reason={t(`indicators.reason.${indicator.noRatioReason ?? 'noValue'}`)} />
                ) : (
                  <>
                    <Share share={indicator.ratio} missing="" bar />
                    {indicator.targetMet && <span className="report-basis">{t('indicators.targetMet')}</span>}
                  </>
                )}
              </td>
              <td data-label={t('indicators.trend')}>
                {indicator.trend ? (
                  <>
                    {signedNumber(indicator.trend.change, locale)} ({t(`indicators.verdict.${indicator.trend.verdict}`)})
                  </>
                ) : indicator.value === null ? (
                  MISSING
                ) : (
                  <Missing reason={t('indicators.noTrend')} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-note">{t('indicators.note')}</p>
    </div>
  )
}
