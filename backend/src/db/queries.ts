// Query helpers every service uses: paging, the archived filter, versioned updates, archive/restore.
import { notFound, versionConflict } from '../errors'

export interface PageArgs {
  page: number
  pageSize: number
  includeArchived: boolean
}

/** skip/take for a page. Lists run a constant number of queries: one findMany (with its includes) and one count. */
export const pageWindow = ({ page, pageSize }: PageArgs) => ({ skip: (page - 1) * pageSize, take: pageSize })

/** `where` fragment leaving archived rows out unless asked for. */
export const activeOnly = ({ includeArchived }: Pick<PageArgs, 'includeArchived'>) => (includeArchived ? {} : { archivedAt: null })

export async function pageOf<Row, Item>(args: PageArgs, rows: Promise<Row[]>, total: Promise<number>, present: (row: Row) => Item) {
  const [items, count] = await Promise.all([rows, total])
  return { items: items.map(present), page: args.page, pageSize: args.pageSize, total: count }
}

/** The part of a Prisma model delegate the versioned helpers need. */
interface VersionedDelegate {
  updateMany(args: { where: { id: number; version?: number }; data: Record<string, unknown> }): Promise<{ count: number }>
  findUnique(args: { where: { id: number }; select: { version: true } }): Promise<{ version: number } | null>
}

/**
 * Optimistic concurrency: applies `data` only if the row still has `version`, and bumps the version.
 * A stale version gets 409 with the current one; an unknown id 404. Nothing is overwritten silently.
 */
export async function updateVersioned(
  model: VersionedDelegate,
  what: string,
  id: number,
  version: number,
  data: Record<string, unknown>,
): Promise<void> {
  const { count } = await model.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })
  if (count === 1) return
  const current = await model.findUnique({ where: { id }, select: { version: true } })
  if (!current) throw notFound(what, id)
  throw versionConflict(current.version)
}

/** Archives (archived = true) or restores a row; nothing that has history is ever deleted. */
export async function setArchived(model: VersionedDelegate, what: string, id: number, archived: boolean): Promise<void> {
  const { count } = await model.updateMany({ where: { id }, data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } } })
  if (count === 0) throw notFound(what, id)
}

/**
 * Whether linking row `id` to `parentId` would close a loop in a tree or a chain (goal → parent goal,
 * strategy → predecessor): walks up from `parentId` through `parentOf` and tells whether it reaches `id`.
 */
export function formsCycle(parentOf: ReadonlyMap<number, number | null>, id: number, parentId: number): boolean {
  const seen = new Set<number>()
  for (let at: number | null | undefined = parentId; at != null && !seen.has(at); at = parentOf.get(at)) {
    if (at === id) return true
    seen.add(at)
  }
  return false
}

/**
 * For rules that depend on the stored row: check them only against the version the editor saw, so that a
 * stale version is answered 409 (reload) rather than a rule broken by someone else's change.
 */
export function expectVersion(current: { version: number }, version: number): void {
  if (current.version !== version) throw versionConflict(current.version)
}
