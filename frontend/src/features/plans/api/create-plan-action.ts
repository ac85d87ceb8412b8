import type { PlanAction, PlanActionCreate } from '@uppfoljning/contract'
import { useWrite } from '@/api/invalidation'
import { api } from '@/lib/api-client'

/** POST /implementation-plans/:id/actions — 422 names the field (measureIds, coOwnerIds, plannedEnd). */
export const createPlanAction = (planId: number, body: PlanActionCreate) =>
  api.post<PlanAction>(`/implementation-plans/${planId}/actions`, body)

export const useCreatePlanAction = (planId: number) => useWrite((body: PlanActionCreate) => createPlanAction(planId, body), 'plan-action')
