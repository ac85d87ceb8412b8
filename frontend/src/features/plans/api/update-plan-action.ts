import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PlanAction, PlanActionUpdate } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { invalidateAction } from './invalidate-action'

/** PATCH /plan-actions/:id — with the version the editor started from: 409 when someone else saved first. */
export const updatePlanAction = (actionId: number, body: PlanActionUpdate) => api.patch<PlanAction>(`/plan-actions/${actionId}`, body)

export function useUpdatePlanAction(actionId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PlanActionUpdate) => updatePlanAction(actionId, body),
    onSuccess: (action) => invalidateAction(queryClient, action.id),
  })
}
