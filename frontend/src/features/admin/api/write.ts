// The admin screens write seven resources the same way: create, update with version, archive and restore. Each
// api/save-<noun>.ts names its fetchers and passes them to the one mutation hook (`useWrite`, api/invalidation.ts).

/** The body of an archive or restore step: the row and which way. */
export type ArchiveArgs = { id: number; archived: boolean }

/** `POST <path>/:id/archive` or `…/restore`. */
export const archivePath = (path: string, { id, archived }: ArchiveArgs) => `${path}/${id}/${archived ? 'archive' : 'restore'}`
