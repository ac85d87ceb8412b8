import { sortedUnique } from './collections'
import type { Basis } from './inputs'

/** A basis from any lists of ids: each id once, ascending. */
export function basisOf(parts: Partial<Record<keyof Basis, Iterable<number>>>): Basis {
  return {
    measureIds: sortedUnique(parts.measureIds ?? []),
    actionIds: sortedUnique(parts.actionIds ?? []),
    followUpIds: sortedUnique(parts.followUpIds ?? []),
    valueIds: sortedUnique(parts.valueIds ?? []),
  }
}

/** The union of several bases. */
export function mergeBases(bases: Basis[]): Basis {
  return basisOf({
    measureIds: bases.flatMap((b) => b.measureIds),
    actionIds: bases.flatMap((b) => b.actionIds),
    followUpIds: bases.flatMap((b) => b.followUpIds),
    valueIds: bases.flatMap((b) => b.valueIds),
  })
}
