import type { CoverageFigure } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formatPercent } from '@/lib/format'
import { useLanguage } from '@/lib/i18n'
import { barWidth, changeSymbol, MISSING, pointChange, signedPoints } from '../figures'

/** "–" on screen, "uppgift saknas" to a screen reader: missing is never shown as 0. */
export function Missing() {
  const { t } = useTranslation('results')
  return (
    <span className="results-missing">
      <span aria-hidden="true">{MISSING}</span>
      <span className="visually-hidden">{t('missing')}</span>
    </span>
  )
}

/** A share as its percentage with a bar beside it (the bar is decoration: the number is written out). */
export function ShareBar({ share, detail }: { share: number | null; detail?: string }) {
  const { locale } = useLanguage()
  if (share === null) return <Missing />
  return (
    <span className="results-bar-cell">
      <span className="results-bar-value">{formatPercent(share, locale)}</span>
      <span className="results-bar" aria-hidden="true">
        <span style={{ width: `${barWidth(share)}%` }} />
      </span>
      {detail && <span className="results-meta">{detail}</span>}
    </span>
  )
}

/** A change in percentage points: "▲ +2" on screen, "ökning med 2 procentenheter" in words. */
export function ChangeText({ change }: { change: number | null }) {
  const { t } = useTranslation('results')
  const { locale } = useLanguage()
  if (change === null) return <Missing />
  const points = pointChange(change)
  const words = points.direction === 'none' ? t('change.none') : t(`change.${points.direction}`, { count: points.points })
  return (
    <span className={`results-change results-change-${points.direction}`}>
      <span aria-hidden="true">
        {changeSymbol[points.direction]} {signedPoints(points, locale)}
      </span>
      <span className="visually-hidden">{words}</span>
    </span>
  )
}

/** Coverage as a bar and "7 av 11". */
export function CoverageBar({ figure }: { figure: CoverageFigure }) {
  const { t } = useTranslation('results')
  return (
    <ShareBar
      share={figure.coverage}
      detail={figure.coverage === null ? undefined : t('percentOf', { covered: figure.covered, expected: figure.expected })}
    />
  )
}
