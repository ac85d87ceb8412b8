import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PlanAction, PlanActionCreate } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { invalidateAction } from './invalidate-action'

/** POST /implementation-plans/:id/actions — 422 names the field (measureIds, coOwnerIds, plannedEnd). */
export const createPlanAction = (planId: number, body: PlanActionCreate) => api.post<PlanAction>(`/implementation-plans/${planId}/actions`, body)

export function useCreatePlanAction(planId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PlanActionCreate) => createPlanAction(planId, body),
    onSuccess: (action) => invalidateAction(queryClient, action.id),
  })
}
