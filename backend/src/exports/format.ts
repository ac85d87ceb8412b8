// Swedish number and date formats for the exports (PDF, XLSX, CSV of the reports and of the live views) (docs/domain.md: `26 %` with a space, decimal comma, dates
// `2025-03-15`). Missing figures are shown as a dash, never as 0.

export const MISSING = '–'

/**
 * The figure without floating-point noise, so that it rounds as written: 0.4875 − 0.2 is 0.28749999999999998 in
 * binary, which would show as 28,7 instead of 28,8.
 */
const tidy = (value: number) => Number(value.toPrecision(12))

const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 })
const points = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0, signDisplay: 'exceptZero' })
const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 })
const csvDecimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1, useGrouping: false })
const csvValue = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 6, useGrouping: false })
const stockholmDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' })

/** A fraction as a whole percentage: 0.26 → `26 %` (with a no-break space). */
export const formatPercent = (fraction: number | null): string => (fraction === null ? MISSING : percent.format(tidy(fraction)))

/** A change of a fraction in percentage points: 0.117 → `+12`, −0.05 → `−5`. */
export const formatPoints = (change: number | null): string => (change === null ? MISSING : points.format(tidy(change * 100)))

/** A value as entered (indicator values): 12 345,6. */
export const formatNumber = (value: number | null): string => (value === null ? MISSING : decimal.format(tidy(value)))

/** The day of a timestamp in Stockholm: `2026-03-12`. */
export const formatDay = (timestamp: string): string => stockholmDate.format(new Date(timestamp))

/**
 * A fraction as a percentage number for a spreadsheet cell of Swedish Excel: decimal comma, no grouping, an ASCII
 * minus (Intl's sv-SE minus sign, U+2212, would be read as text). 2/3 → `66,7`; missing → empty.
 */
export const csvPercent = (fraction: number | null): string =>
  fraction === null ? '' : csvDecimal.format(tidy(fraction * 100)).replace('\u2212', '-')

/** A value as entered, for a cell of Swedish Excel: decimal comma, no grouping, an ASCII minus; missing → empty. */
export const csvNumber = (value: number | null): string => (value === null ? '' : csvValue.format(tidy(value)).replace('\u2212', '-'))

/** "covered of expected": `3 av 4`. */
export const formatShare = (covered: number, expected: number): string => `${covered} av ${expected}`
