import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { FollowUp, FollowUpReturn } from '@uppfoljning/contract'
import { ApiError, api } from '@/lib/api-client'

/** POST /follow-ups/:id/approve — submitted → approved; 409 when someone else changed it first. */
export const approveFollowUp = ({ id, version }: { id: number; version: number }) => api.post<FollowUp>(`/follow-ups/${id}/approve`, { version })

/** POST /follow-ups/:id/return — submitted → returned, with the comment (which joins the conversation). */
export const returnFollowUp = ({ id, ...body }: FollowUpReturn & { id: number }) => api.post<FollowUp>(`/follow-ups/${id}/return`, body)

/**
 * After a review, or a 409 (someone else reviewed or changed it first): the follow-up, its conversation, the queue
 * and the figures built on follow-ups (reporting status, progress) are fetched again.
 */
function refresh(queryClient: QueryClient) {
  for (const prefix of ['follow-ups', 'reporting-status', 'progress']) void queryClient.invalidateQueries({ queryKey: [prefix] })
}

function useReview<V>(mutationFn: (variables: V) => Promise<FollowUp>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (followUp) => {
      queryClient.setQueryData(['follow-ups', followUp.id], followUp)
      refresh(queryClient)
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 409 || error.status === 422)) refresh(queryClient)
    },
  })
}

export const useApproveFollowUp = () => useReview(approveFollowUp)
export const useReturnFollowUp = () => useReview(returnFollowUp)
