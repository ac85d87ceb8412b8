// The line charts' arithmetic: a missing figure is a gap in the line, never a point at 0.
import { linePath, linearScale, niceDomain, segments, xPositions } from './chart'

test('linearScale maps the domain onto the range, upside down for SVG y', () => {
  const y = linearScale([0, 1], [200, 0])
  expect([y(0), y(0.5), y(1)]).toEqual([200, 100, 0])
  expect(linearScale([5, 5], [0, 100])(5)).toBe(50)
})

test('xPositions spreads the periods evenly; one period sits in the middle', () => {
  expect(xPositions(3, 0, 100)).toEqual([0, 50, 100])
  expect(xPositions(1, 0, 100)).toEqual([50])
})

test.each<[string, (number | null)[], number[][]]>([
  ['no gaps: one line', [0.2, 0.4, 0.6], [[0, 1, 2]]],
  ['a missing period breaks the line', [0.2, null, 0.6, 0.7], [[0], [2, 3]]],
  ['missing at both ends', [null, 0.3, 0.4, null], [[1, 2]]],
  ['nothing at all', [null, null], []],
  ['a lone value between gaps', [null, 0.5, null], [[1]]],
  ['0 is a value, not a gap', [0, 0, null], [[0, 1]]],
])('segments: %s', (_case, values, expected) => {
  const x = values.map((_, i) => i * 10)
  expect(segments(values, x, (v) => v).map((run) => run.map((p) => p.index))).toEqual(expected)
})

test('segments place each point by the scales', () => {
  expect(segments([0.5, 1], [10, 20], linearScale([0, 1], [100, 0]))).toEqual([
    [
      { index: 0, x: 10, y: 50 },
      { index: 1, x: 20, y: 0 },
    ],
  ])
})

test('linePath draws through the points', () => {
  expect(
    linePath([
      { x: 10, y: 50 },
      { x: 20.04, y: 0 },
    ]),
  ).toBe('M10 50L20 0')
})

test.each<[string, (number | null)[], [number, number], number[]]>([
  ['percentages with a target', [25, 28, null, 60], [0, 60], [0, 20, 40, 60]],
  ['a target of 100', [80, 60, 100], [0, 100], [0, 25, 50, 75, 100]],
  ['nothing: a share scale', [null], [0, 1], [0, 0.25, 0.5, 0.75, 1]],
  ['negative values', [-5, 10], [-5, 10], [-5, 0, 5, 10]],
])('niceDomain: %s', (_case, values, domain, ticks) => {
  expect(niceDomain(values)).toEqual({ domain, ticks })
})
