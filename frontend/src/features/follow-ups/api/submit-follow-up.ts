import type { FollowUp } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** POST /follow-ups/:id/submit — draft or returned → submitted; read-only from then on. */
export const submitFollowUp = (followUpId: number, version: number) => api.post<FollowUp>(`/follow-ups/${followUpId}/submit`, { version })
