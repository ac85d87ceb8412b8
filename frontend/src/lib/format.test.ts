// Dates and times as every page writes them (lib/format.ts): one way, in both languages, in Swedish time.
import { formatDate, formatDateTime, formatTime } from './format'

describe('formatDateTime', () => {
  test.each<[string, string, string]>([
    // winter: UTC+1
    ['2026-12-08T09:42:00Z', 'sv-SE', '8 december 2026 kl. 10:42'],
    ['2026-12-08T09:42:00Z', 'en-GB', '8 December 2026 at 10:42'],
    // summer: UTC+2
    ['2026-06-15T06:05:00Z', 'sv-SE', '15 juni 2026 kl. 08:05'],
    ['2026-06-15T06:05:00Z', 'en-GB', '15 June 2026 at 08:05'],
    // just after midnight in Stockholm: the Swedish day, not the UTC one
    ['2026-12-07T23:44:00Z', 'sv-SE', '8 december 2026 kl. 00:44'],
    ['2026-12-07T23:44:00Z', 'en-GB', '8 December 2026 at 00:44'],
  ])('%s in %s → %s', (value, locale, expected) => {
    expect(formatDateTime(value, locale)).toBe(expected)
  })
})

describe('formatTime', () => {
  test.each<[string, string, string]>([
    ['2026-12-08T09:42:00Z', 'sv-SE', '10:42'],
    ['2026-12-08T09:42:00Z', 'en-GB', '10:42'],
    ['2026-12-08T00:01:00Z', 'sv-SE', '01:01'],
    ['2026-12-08T22:59:00Z', 'en-GB', '23:59'],
  ])('%s in %s → %s (a colon, 24 hours)', (value, locale, expected) => {
    expect(formatTime(value, locale)).toBe(expected)
  })

  test('takes a Date as well', () => {
    expect(formatTime(new Date('2026-12-08T09:42:00Z'), 'sv-SE')).toBe('10:42')
  })
})

describe('formatDate', () => {
  test.each<[string, string, string]>([
    // a calendar date is that day, whatever the time zone of the machine
    ['2026-12-08', 'sv-SE', '8 december 2026'],
    ['2026-12-08', 'en-GB', '8 December 2026'],
    ['2025-01-01', 'sv-SE', '1 januari 2025'],
    // a moment is its day in Swedish time
    ['2026-12-07T23:44:00Z', 'sv-SE', '8 december 2026'],
    ['2026-12-08T12:00:00Z', 'en-GB', '8 December 2026'],
  ])('%s in %s → %s', (value, locale, expected) => {
    expect(formatDate(value, locale)).toBe(expected)
  })
})
