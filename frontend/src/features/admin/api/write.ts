// The admin screens write seven resources the same way: create, update with version, archive and restore.
// One mutation hook for all of them; each api/save-<noun>.ts names its fetchers and what they invalidate.
import { useMutation, useQueryClient } from '@tanstack/react-query'

/**
 * A write whose success refetches every cached query under each of `roots` (query keys follow the URL, so
 * `['goals']` covers every goal list and goal). The mutation settles only after the refetch, so a form that
 * closes on success shows the updated list at once.
 */
export function useWrite<Args, Row>(write: (args: Args) => Promise<Row>, roots: readonly string[]) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: () => Promise.all(roots.map((root) => queryClient.invalidateQueries({ queryKey: [root] }))),
  })
}

/** The body of an archive or restore step: the row and which way. */
export type ArchiveArgs = { id: number; archived: boolean }

/** `POST <path>/:id/archive` or `…/restore`. */
export const archivePath = (path: string, { id, archived }: ArchiveArgs) => `${path}/${id}/${archived ? 'archive' : 'restore'}`
