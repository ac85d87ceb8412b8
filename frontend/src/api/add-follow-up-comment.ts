import type { FollowUpComment } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { useWrite } from './invalidation'

/** POST /follow-ups/:id/comments { body } — by OPK staff or a coordinator of the action's owners (`can.comment`). */
export const addFollowUpComment = ({ followUpId, body }: { followUpId: number; body: string }) =>
  api.post<FollowUpComment>(`/follow-ups/${followUpId}/comments`, { body })

export const useAddFollowUpComment = () => useWrite(addFollowUpComment, 'follow-up-comment')
