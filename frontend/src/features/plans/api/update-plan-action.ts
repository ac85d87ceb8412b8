import type { PlanAction, PlanActionUpdate } from '@uppfoljning/contract'
import { useWrite } from '@/api/invalidation'
import { api } from '@/lib/api-client'

/** PATCH /plan-actions/:id — with the version the editor started from: 409 when someone else saved first. */
export const updatePlanAction = (actionId: number, body: PlanActionUpdate) => api.patch<PlanAction>(`/plan-actions/${actionId}`, body)

export const useUpdatePlanAction = (actionId: number) =>
  useWrite((body: PlanActionUpdate) => updatePlanAction(actionId, body), 'plan-action')
