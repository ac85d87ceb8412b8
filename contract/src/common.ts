// Building blocks every resource schema uses.
import { z } from 'zod'
import { FREE_TEXT_MAX, ID_DIGITS, ID_MAX, LINE_MAX, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, YEAR_MAX, YEAR_MIN } from './limits'

/** A database id in a path or a body. */
export const Id = z
  .union([z.number(), z.string().regex(ID_DIGITS, 'Ange ett id: ett positivt heltal.').transform(Number)])
  .pipe(z.number().int().positive().max(ID_MAX))
export const IdParams = z.strictObject({ id: Id })

/** A year such as 2025. */
export const Year = z.number().int().min(YEAR_MIN).max(YEAR_MAX)
/** A calendar date on the wire: `2025-03-15`. */
export const IsoDate = z.iso.date()
export const Timestamp = z.iso.datetime()

/** One line of text (names, titles, codes). */
export const Line = (max = LINE_MAX) => z.string().trim().min(1).max(max)
/** Free text (descriptions, narratives). Capped so that no request can carry unbounded text. */
export const FreeText = (max = FREE_TEXT_MAX) => z.string().max(max)

/** Sent with every update: the version the editor started from (optimistic concurrency). */
export const Version = z.number().int().positive()

/** A set of ids: each one at most once. */
export const IdSet = (max: number) =>
  z
    .array(Id)
    .max(max)
    .refine((list) => new Set(list).size === list.length, 'Samma id får bara anges en gång.')

/** Query flags arrive as strings. */
export const QueryFlag = z.enum(['true', 'false']).transform((v) => v === 'true')

export const PageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
  /** archived rows are left out unless asked for */
  includeArchived: QueryFlag.default(false),
}

/** The envelope of every list. */
export const Page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() })
export type Page<T> = { items: T[]; page: number; pageSize: number; total: number }

/** Columns every stored resource has on the wire. */
export const Stored = {
  id: z.number().int(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Timestamp.nullable(),
}

/** RFC 9457 problem details, as every error is answered (see docs/api.md). */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    /** one entry per offending field, `path` in dot notation (`measureIds.0`) */
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** with 409 version-conflict: the version now stored */
    currentVersion: z.number().int().optional(),
  })
  .meta({ id: 'Problem' })
export type Problem = z.infer<typeof Problem>

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T

/**
 * Every field optional and without its create-time default: the shape of an update body besides its
 * `version` (a field left out of an update keeps its stored value).
 */
export function partial<T extends Record<string, z.ZodType>>(shape: T): { [K in keyof T]: z.ZodOptional<WithoutDefault<T[K]>> } {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      ((schema instanceof z.ZodDefault ? schema.unwrap() : schema) as z.ZodType).optional(),
    ]),
  ) as never
}
