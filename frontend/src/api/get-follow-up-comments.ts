import { queryOptions, useQuery } from '@tanstack/react-query'
import type { FollowUpComment } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { followUpKeys } from './query-keys'

/** GET /follow-ups/:id/comments — the conversation between reviewer and organisation, oldest first. */
export const getFollowUpComments = (followUpId: number, signal?: AbortSignal) =>
  api.get<FollowUpComment[]>(`/follow-ups/${followUpId}/comments`, undefined, signal)

export const getFollowUpCommentsQueryOptions = (followUpId: number) =>
  queryOptions({
    queryKey: followUpKeys.comments(followUpId),
    queryFn: ({ signal }) => getFollowUpComments(followUpId, signal),
  })

export const useFollowUpComments = (followUpId: number) => useQuery(getFollowUpCommentsQueryOptions(followUpId))
