import type { FollowUp, FollowUpUpdate } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** PATCH /follow-ups/:id — each later save, with the version it started from (409 when someone else saved since). */
export const updateFollowUp = (followUpId: number, body: FollowUpUpdate) => api.patch<FollowUp>(`/follow-ups/${followUpId}`, body)
