// The Swedish formats of the exports, table by table. `\u00a0` is the no-break space Intl puts before `%` and
// between thousands; `\u2212` the minus sign it uses in sv-SE.
import { csvPercent, formatDay, formatNumber, formatPercent, formatPoints } from './format'

describe('formatPercent', () => {
  it.each([
    [0.26, '26\u00a0%'],
    [0, '0\u00a0%'],
    [1, '100\u00a0%'],
    [0.375, '38\u00a0%'],
    [0.4875 - 0.2, '29\u00a0%'],
    [-0.2, '\u221220\u00a0%'],
    [null, '–'],
  ])('%p → %p', (fraction, text) => expect(formatPercent(fraction)).toBe(text))
})

describe('formatPoints (a change in percentage points)', () => {
  it.each([
    [0.4, '+40'],
    [-0.05, '\u22125'],
    [0, '0'],
    [0.4875 - 0.2, '+29'],
    [0.004, '0'],
    [null, '–'],
  ])('%p → %p', (change, text) => expect(formatPoints(change)).toBe(text))
})

describe('formatNumber', () => {
  it.each([
    [12345.6, '12\u00a0345,6'],
    [80, '80'],
    [0.125, '0,13'],
    [null, '–'],
  ])('%p → %p', (value, text) => expect(formatNumber(value)).toBe(text))
})

describe('csvPercent (for Swedish Excel: decimal comma, ASCII minus, no grouping)', () => {
  it.each([
    [2 / 3, '66,7'],
    [0.375, '37,5'],
    [0.4875 - 0.2, '28,8'],
    [-0.05, '-5'],
    [12.3456, '1234,6'],
    [0, '0'],
    [null, ''],
  ])('%p → %p', (fraction, text) => expect(csvPercent(fraction)).toBe(text))
})

describe('formatDay (the day in Stockholm)', () => {
  it.each([
    ['2026-03-11T23:30:00.000Z', '2026-03-12'],
    ['2026-07-01T21:59:59.000Z', '2026-07-01'],
    ['2026-07-01T22:00:00.000Z', '2026-07-02'],
  ])('%p → %p', (timestamp, day) => expect(formatDay(timestamp)).toBe(day))
})
