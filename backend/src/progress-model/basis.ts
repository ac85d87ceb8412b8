import { sortedUnique, sortedUniqueOfAll } from './collections'
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
  return {
    measureIds: sortedUniqueOfAll(bases.map((b) => b.measureIds)),
    actionIds: sortedUniqueOfAll(bases.map((b) => b.actionIds)),
    followUpIds: sortedUniqueOfAll(bases.map((b) => b.followUpIds)),
    valueIds: sortedUniqueOfAll(bases.map((b) => b.valueIds)),
  }
}
