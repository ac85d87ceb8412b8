// Figures as the report page writes them: Swedish percentages, signed percentage points, missing stays missing.
import { barWidth, pointsText, shareText, signedNumber } from './report-format'

test.each<[number | null, string | null]>([
  [0.756, '76\u00a0%'],
  [0, '0\u00a0%'],
  [1, '100\u00a0%'],
  [null, null],
])('shareText(%j)', (share, expected) => {
  expect(shareText(share, 'sv-SE')).toBe(expected)
})

test.each<[number | null, string | null]>([
  [0.0712, '+7'],
  [-0.03, '−3'],
  [0.004, '±0'],
  [-0.004, '±0'],
  [0, '±0'],
  [null, null],
])('pointsText(%j)', (change, expected) => {
  expect(pointsText(change, 'sv-SE')).toBe(expected)
})

test('signedNumber writes a decimal comma and a real minus sign', () => {
  expect(signedNumber(3.5, 'sv-SE')).toBe('+3,5')
  expect(signedNumber(-2, 'sv-SE')).toBe('−2')
})

test('barWidth clamps to the track', () => {
  expect(barWidth(0.4255)).toBe('42.6%')
  expect(barWidth(1.3)).toBe('100%')
  expect(barWidth(-0.2)).toBe('0%')
})
