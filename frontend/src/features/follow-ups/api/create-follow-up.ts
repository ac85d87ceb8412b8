import type { FollowUp, FollowUpCreate } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** POST /plan-actions/:id/follow-ups — the draft, on the first save; 409 when someone else created it first. */
export const createFollowUp = (actionId: number, body: FollowUpCreate) => api.post<FollowUp>(`/plan-actions/${actionId}/follow-ups`, body)
