// The pieces every figure of the report is shown with: a share with its bar, a change in percentage points, and
// the dash with its reason when a figure is missing (missing is never shown as 0).
import { useTranslation } from 'react-i18next'
import { useLanguage } from '@/lib/i18n'
import { barWidth, MISSING, pointsText, shareText } from '../report-format'

/** Why a figure is missing, in a few words beside the dash. */
export function Missing({ reason }: { reason: string }) {
  return (
    <>
      {MISSING} <span className="report-missing">({reason})</span>
    </>
  )
}

type ShareProps = {
  share: number | null
  /** shown instead of the share when it is missing */
  missing: string
  /** draws a bar under the number (the number is the figure; the bar is for the eye only) */
  bar?: boolean
  /** a reference mark on the bar, e.g. the county's figure */
  mark?: number | null
}

/** "76 %" with an optional bar; "– (reason)" when missing. */
export function Share({ share, missing, bar = false, mark = null }: ShareProps) {
  const { locale } = useLanguage()
  const text = shareText(share, locale)
  if (text === null || share === null) return <Missing reason={missing} />
  return (
    <span className="report-share">
      <span className="report-share-text">{text}</span>
      {bar && (
        <span className="report-bar" aria-hidden="true">
          <span className="report-bar-fill" style={{ width: barWidth(share) }} />
          {mark !== null && <span className="report-bar-mark" style={{ left: barWidth(mark) }} />}
        </span>
      )}
    </span>
  )
}

/**
 * A change in percentage points: "+7" (in a table whose header names the unit) or "+7 procentenheter" (`withUnit`);
 * "– (reason)" when missing.
 */
export function Points({ change, missing, withUnit = false }: { change: number | null; missing: string; withUnit?: boolean }) {
  const { t } = useTranslation('reports')
  const { locale } = useLanguage()
  const text = pointsText(change, locale)
  if (text === null) return <Missing reason={missing} />
  return <span className="report-points">{withUnit ? t('figures.points', { change: text }) : text}</span>
}
