// The report's figures as text: shares as "76 %", changes in percentage points with a real minus sign ("−3")
// (dates and times: lib/format.ts). Missing figures are null here and shown as "–" with an explanation, never as 0.
import { formatNumber, formatPercent } from '@/lib/format'

/** The dash every missing figure shows (with a text saying why beside it or in the table's note). */
export const MISSING = '–'

/** 0.756 → "76 %"; null → null (the caller shows MISSING and why). */
export const shareText = (share: number | null, locale: string) => (share === null ? null : formatPercent(share, locale))

/**
 * A change of a share, in whole percentage points with its sign: 0.071 → "+7", −0.03 → "−3", a change that rounds
 * to nothing → "±0"; null → null.
 */
export function pointsText(change: number | null, locale: string): string | null {
  if (change === null) return null
  const points = Math.round(change * 100)
  if (points === 0) return '±0'
  return `${points > 0 ? '+' : '−'}${formatNumber(Math.abs(points), locale, 0)}`
}

/** A change of an indicator value in its own unit, signed: 3.5 → "+3,5", −2 → "−2". */
export function signedNumber(value: number, locale: string): string {
  if (value === 0) return '±0'
  return `${value > 0 ? '+' : '−'}${formatNumber(Math.abs(value), locale)}`
}

/** A bar's width in percent of its track, 0–100 (a share beyond 0–1 is clamped: the text gives the real figure). */
export const barWidth = (share: number) => `${Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10}%`
