// The map's classes: five equal steps of 20 percentage points, fixed so that two maps (goals, periods) compare at a
// glance. A value is classed by the whole percent it is shown as, so "20 %" is never drawn in the "0–19 %" colour.

/** ColorBrewer YlGnBu, 5 classes: sequential and safe for the common kinds of colour blindness. */
export const CLASS_COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const
export const CLASS_COUNT = CLASS_COLOURS.length

/** The class (0–4) of a fraction; null for a missing figure (drawn hatched, never as 0). */
export function classOf(value: number | null): number | null {
  if (value === null) return null
  const percent = Math.round(value * 100)
  return Math.min(Math.max(Math.floor(percent / 20), 0), CLASS_COUNT - 1)
}

/** Each class's range in whole percent, both ends included: 0–19, 20–39, 40–59, 60–79, 80–100. */
export function classRanges(): { from: number; to: number; colour: string }[] {
  return CLASS_COLOURS.map((colour, i) => ({ from: i * 20, to: i === CLASS_COUNT - 1 ? 100 : i * 20 + 19, colour }))
}
