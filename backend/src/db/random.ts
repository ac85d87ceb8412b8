// A seeded PRNG (mulberry32) for the demo data and the benchmark's synthetic data: no Math.random, no clock;
// the same seeds always give the same rows.

export class Random {
  private state: number
  constructor(...seeds: number[]) {
    if (seeds.length === 1) {
      this.state = seeds[0] >>> 0
      return
    }
    // mix several seeds (e.g. scale, plan, action) into one 32-bit state
    let h = 0x9e3779b9
    for (const s of seeds) h = Math.imul(h ^ (s >>> 0), 0x85ebca6b) ^ (h >>> 13)
    this.state = h >>> 0
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  /** an integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  /** an integer in [min, max], more often near min */
  early(min: number, max: number): number {
    return min + Math.floor(this.next() ** 2 * (max - min + 1))
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }
  weighted<T extends string>(weights: Record<T, number>): T {
    const entries = Object.entries(weights) as [T, number][]
    let roll = this.next() * entries.reduce((sum, [, w]) => sum + w, 0)
    for (const [value, weight] of entries) if ((roll -= weight) < 0) return value
    return entries[entries.length - 1][0]
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j], copy[i]]
    }
    return copy
  }
}
