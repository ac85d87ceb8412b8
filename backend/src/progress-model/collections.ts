/** Whether the ids are ascending, each once (then they are their own sorted, unique list). */
function isStrictlyAscending(ids: ArrayLike<number>): boolean {
  for (let i = 1; i < ids.length; i++) if (!(ids[i] > ids[i - 1])) return false
  return true
}

/** Ids, each once, ascending. */
export function sortedUnique(ids: Iterable<number>): number[] {
  if (Array.isArray(ids) && isStrictlyAscending(ids)) return ids.slice() // the common case: already in id order
  return uniqueOfSorted(Float64Array.from(ids).sort()) // a typed array sorts numerically, and fast
}

/**
 * The ids of several lists, each once, ascending. Lists that are each ascending and unique (every basis and
 * left-out list is) are merged pairwise, O(n log k); any other list is sorted first.
 */
export function sortedUniqueOfAll(lists: number[][]): number[] {
  let sorted = lists.map((list) => (isStrictlyAscending(list) ? list : sortedUnique(list)))
  if (sorted.length === 0) return []
  while (sorted.length > 1) {
    const next: number[][] = []
    for (let i = 0; i < sorted.length; i += 2) next.push(i + 1 < sorted.length ? mergeUnique(sorted[i], sorted[i + 1]) : sorted[i])
    sorted = next
  }
  return lists.includes(sorted[0]) ? sorted[0].slice() : sorted[0] // never one of the lists given
}

/** Two ascending lists of unique ids as one, each id once. */
function mergeUnique(a: number[], b: number[]): number[] {
  if (a.length === 0) return b
  if (b.length === 0) return a
  const merged: number[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]
    const y = b[j]
    if (x < y) {
      merged.push(x)
      i++
    } else if (y < x) {
      merged.push(y)
      j++
    } else {
      merged.push(x)
      i++
      j++
    }
  }
  while (i < a.length) merged.push(a[i++])
  while (j < b.length) merged.push(b[j++])
  return merged
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
