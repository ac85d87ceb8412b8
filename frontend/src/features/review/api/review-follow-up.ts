import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { FollowUp, FollowUpReturn } from '@uppfoljning/contract'
import { invalidateAfterWrite } from '@/api/invalidation'
import { followUpKeys } from '@/api/query-keys'
import { ApiError, api } from '@/lib/api-client'

/** POST /follow-ups/:id/approve — submitted → approved; 409 when someone else changed it first. */
export const approveFollowUp = ({ id, version }: { id: number; version: number }) =>
  api.post<FollowUp>(`/follow-ups/${id}/approve`, { version })

/** POST /follow-ups/:id/return — submitted → returned, with the comment (which joins the conversation). */
export const returnFollowUp = ({ id, ...body }: FollowUpReturn & { id: number }) => api.post<FollowUp>(`/follow-ups/${id}/return`, body)

/**
 * After a review the answer goes into the cache and the follow-up, its conversation, the queue and the figures are
 * fetched again; after a 409 or 422 (someone else reviewed or changed it first) too, so the page shows what is stored.
 */
function useReview<V>(mutationFn: (variables: V) => Promise<FollowUp>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (followUp) => {
      queryClient.setQueryData(followUpKeys.detail(followUp.id), followUp)
      void invalidateAfterWrite(queryClient, 'follow-up-review')
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 409 || error.status === 422))
        void invalidateAfterWrite(queryClient, 'follow-up-review')
    },
  })
}

export const useApproveFollowUp = () => useReview(approveFollowUp)
export const useReturnFollowUp = () => useReview(returnFollowUp)
