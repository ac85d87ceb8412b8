// Wire-format helpers for presenters: ISO timestamps and dates, the columns every stored row has.

/** A `@db.Date` column (UTC midnight) as `2025-03-15`. */
export function isoDate(date: Date): string
export function isoDate(date: Date | null): string | null
export function isoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null
}
/** `2025-03-15` → the Date Prisma stores for a `@db.Date` column. */
export const parseDate = (date: string | null | undefined): Date | null | undefined => (date == null ? date : new Date(`${date}T00:00:00Z`))

export function stored(row: { id: number; version: number; createdAt: Date; updatedAt: Date; archivedAt: Date | null }) {
  return {
    id: row.id,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
  }
}

/**
 * A copy of an input with its `YYYY-MM-DD` fields `keys` turned into Dates for Prisma. A field left out stays
 * left out (an explicit `undefined` is an error to the client); `null` stays `null` (clears the column).
 */
export function withDates<T extends object, K extends keyof T & string>(
  input: T,
  keys: readonly K[],
): Omit<T, K> & { [P in K]?: Date | null } {
  const copy: Record<string, unknown> = { ...(input as Record<string, unknown>) }
  for (const key of keys) if (copy[key] !== undefined) copy[key] = parseDate(copy[key] as string | null)
  return copy as never
}
