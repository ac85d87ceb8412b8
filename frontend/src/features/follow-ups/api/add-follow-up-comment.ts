import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { FollowUpComment } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** POST /follow-ups/:id/comments { body } */
export const addFollowUpComment = (followUpId: number, body: string) => api.post<FollowUpComment>(`/follow-ups/${followUpId}/comments`, { body })

export function useAddFollowUpComment(followUpId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: string) => addFollowUpComment(followUpId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['follow-ups', followUpId, 'comments'] }),
  })
}
