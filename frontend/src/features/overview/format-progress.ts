// Progress figures as the overview writes them: shares as percentages, changes in percentage points.
import { DEFAULT_LOCALE } from '@/lib/format'

const pointFormats = new Map<string, Intl.NumberFormat>()

/** A change of a share (0.05) in whole percentage points with its sign: "+5", "−3", "0" (sv-SE uses the minus sign). */
export function formatPointChange(change: number, locale = DEFAULT_LOCALE): string {
  let format = pointFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' })
    pointFormats.set(locale, format)
  }
  // a change below half a point reads as no change, not as "−0"
  return format.format(Math.round(change * 100) + 0)
}

/** A share for a bar's width: 0–100, clamped (a figure may exceed 1 when more is reported than planned). */
export const barPercent = (share: number) => Math.max(0, Math.min(100, share * 100))
