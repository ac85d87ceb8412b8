/** Ids, each once, ascending. */
export const sortedUnique = (ids: Iterable<number>): number[] => [...new Set(ids)].sort((a, b) => a - b)

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
