import { queryOptions, useQuery } from '@tanstack/react-query'
import type { FollowUpComment } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** GET /follow-ups/:id/comments — the conversation about a follow-up, oldest first. */
export const getFollowUpComments = (id: number, signal?: AbortSignal) => api.get<FollowUpComment[]>(`/follow-ups/${id}/comments`, undefined, signal)

export const getFollowUpCommentsQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['follow-ups', id, 'comments'],
    queryFn: ({ signal }) => getFollowUpComments(id, signal),
  })

export const useFollowUpComments = (id: number) => useQuery(getFollowUpCommentsQueryOptions(id))
