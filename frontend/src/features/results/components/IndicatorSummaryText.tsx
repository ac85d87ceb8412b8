import type { IndicatorStatus, IndicatorSummary } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { indicatorCounts } from '../figures'

/** "2 av 5 mål nådda · 3 bättre, 1 sämre · 1 saknar värde": how a goal's indicators stand, county-wide. */
export function IndicatorSummaryText({ summary, items }: { summary: IndicatorSummary; items: IndicatorStatus[] }) {
  const { t } = useTranslation('results')
  const counts = indicatorCounts(summary, items)
  if (counts.total === 0) return <span className="results-meta">{t('indicators.none')}</span>
  if (counts.withValue === 0 && counts.suppressed === 0)
    return <span className="results-meta">{t('indicators.noValues', { count: counts.total })}</span>
  const parts = [
    t('indicators.targetMet', { targetMet: counts.targetMet, total: counts.total }),
    counts.better > 0 && t('indicators.better', { count: counts.better }),
    counts.worse > 0 && t('indicators.worse', { count: counts.worse }),
    counts.unchanged > 0 && t('indicators.unchanged', { count: counts.unchanged }),
    counts.suppressed > 0 && t('indicators.suppressed', { count: counts.suppressed }),
    counts.missing > 0 && t('indicators.missing', { count: counts.missing }),
  ].filter((part): part is string => typeof part === 'string')
  return (
    <ul className="results-inline-list">
      {parts.map((part) => (
        <li key={part}>{part}</li>
      ))}
    </ul>
  )
}
