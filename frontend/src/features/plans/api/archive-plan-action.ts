import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PlanAction } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { invalidateAction } from './invalidate-action'

/** POST /plan-actions/:id/archive or /restore: the action leaves the plan's list (or comes back); its history stays. */
export const setPlanActionArchived = (actionId: number, archived: boolean) =>
  api.post<PlanAction>(`/plan-actions/${actionId}/${archived ? 'archive' : 'restore'}`)

export function useSetPlanActionArchived() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ actionId, archived }: { actionId: number; archived: boolean }) => setPlanActionArchived(actionId, archived),
    onSuccess: (action) => invalidateAction(queryClient, action.id),
  })
}
