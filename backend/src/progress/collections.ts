/** Ids, each once, ascending. */
export function sortedUnique(ids: Iterable<number>): number[] {
  return uniqueOfSorted(Float64Array.from(ids).sort()) // a typed array sorts numerically, and fast
}

/** The ids of several lists, each once, ascending. */
export function sortedUniqueOfAll(lists: number[][]): number[] {
  const all = new Float64Array(lists.reduce((sum, list) => sum + list.length, 0))
  let at = 0
  for (const list of lists) {
    all.set(list, at)
    at += list.length
  }
  return uniqueOfSorted(all.sort())
}

function uniqueOfSorted(sorted: Float64Array): number[] {
  const unique: number[] = []
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) unique.push(sorted[i])
  return unique
}

/** The items grouped under each of their keys (an item with two keys is in both groups). */
export function groupBy<T>(items: T[], keysOf: (item: T) => number[]): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key)
      if (group) group.push(item)
      else groups.set(key, [item])
    }
  }
  return groups
}
