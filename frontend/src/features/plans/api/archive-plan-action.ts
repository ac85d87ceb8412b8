import type { PlanAction } from '@uppfoljning/contract'
import { useWrite } from '@/api/invalidation'
import { api } from '@/lib/api-client'

/** POST /plan-actions/:id/archive or /restore: the action leaves the plan's list (or comes back); its history stays. */
export const setPlanActionArchived = ({ actionId, archived }: { actionId: number; archived: boolean }) =>
  api.post<PlanAction>(`/plan-actions/${actionId}/${archived ? 'archive' : 'restore'}`)

export const useSetPlanActionArchived = () => useWrite(setPlanActionArchived, 'plan-action')
