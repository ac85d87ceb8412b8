import type { Goal, Indicator, Measure } from '@uppfoljning/contract'

/** The one form open in the strategy section. */
export type StrategyEditing =
  | { kind: 'strategy' }
  | { kind: 'goal'; goal: Goal | null }
  | { kind: 'measure'; measure: Measure | null }
  | { kind: 'indicator'; indicator: Indicator | null }

type Ordered = { sortOrder: number; code: string }

/** Display order: sortOrder, then code read as numbers ("1.2" before "1.10"). */
export const byOrder = (a: Ordered, b: Ordered) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code, 'sv', { numeric: true })

/** Goals in reading order: each goal followed by its sub-goals (a sub-goal whose parent is not listed stands alone). */
export function goalsInOrder(goals: Goal[]): Goal[] {
  const ids = new Set(goals.map((g) => g.id))
  const roots = goals.filter((g) => g.parentId === null || !ids.has(g.parentId)).sort(byOrder)
  return roots.flatMap((root) => [root, ...goals.filter((g) => g.parentId === root.id).sort(byOrder)])
}

/** The sortOrder that puts a new row after `siblings`. */
export const nextSortOrder = (siblings: Ordered[]) => Math.min(10_000, Math.max(0, ...siblings.map((s) => s.sortOrder)) + 1)
