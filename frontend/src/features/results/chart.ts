// The arithmetic of the hand-drawn SVG line charts: scales, where the points go, and the line broken where a
// figure is missing (a gap, never a drop to 0).

/** A linear map from `domain` to `range` (a flat domain maps everything to the middle of the range). */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): (value: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0)
}

/** `count` x positions spread evenly from `left` to `right`; a single one in the middle. */
export function xPositions(count: number, left: number, right: number): number[] {
  if (count === 1) return [(left + right) / 2]
  return Array.from({ length: count }, (_, i) => left + (i * (right - left)) / (count - 1))
}

export type Point = { index: number; x: number; y: number }

/** The runs of consecutive values that exist, as points: each run is drawn as one line; a run of one is a lone marker. */
export function segments(values: (number | null)[], x: number[], y: (value: number) => number): Point[][] {
  const runs: Point[][] = []
  let run: Point[] = []
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      if (run.length > 0) runs.push(run)
      run = []
      return
    }
    run.push({ index, x: x[index], y: y(value) })
  })
  if (run.length > 0) runs.push(run)
  return runs
}

/** An SVG path through the points ("M10 20L30 40"), rounded to tenths. */
export function linePath(points: Pick<Point, 'x' | 'y'>[]): string {
  const r = (n: number) => Math.round(n * 10) / 10
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(p.x)} ${r(p.y)}`).join('')
}

/**
 * A y domain and ticks that hold every value (and the baseline and target, when given), starting at 0 for
 * non-negative data, with round steps: [0, 28, 60] → { domain: [0, 60], ticks: [0, 20, 40, 60] }.
 */
export function niceDomain(values: (number | null)[], tickCount = 4): { domain: [number, number]; ticks: number[] } {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v))
  if (present.length === 0) return { domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] }
  const min = Math.min(0, ...present)
  const max = Math.max(...present)
  const span = max - min || Math.abs(max) || 1
  const rough = span / tickCount
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude
  const low = Math.floor(min / step) * step
  const high = Math.ceil(max / step) * step
  const ticks: number[] = []
  for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(Math.round(tick / step) * step)
  return { domain: [low, high], ticks }
}
