// Wire-format helpers for presenters: ISO timestamps and dates, the columns every stored row has.

/** A `@db.Date` column (UTC midnight) as `2025-03-15`. */
export const isoDate = (date: Date | null): string | null => (date ? date.toISOString().slice(0, 10) : null)
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
