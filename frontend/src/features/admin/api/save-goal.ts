import type { Goal, GoalCreate, GoalUpdate } from '@uppfoljning/contract'
import { useWrite } from '@/api/invalidation'
import { api } from '@/lib/api-client'
import { archivePath, type ArchiveArgs } from './write'

/** POST /goals */
export const createGoal = (body: GoalCreate) => api.post<Goal>('/goals', body)
/** PATCH /goals/:id (with version) */
export const updateGoal = ({ id, ...body }: GoalUpdate & { id: number }) => api.patch<Goal>(`/goals/${id}`, body)
/** POST /goals/:id/archive, /goals/:id/restore */
export const setGoalArchived = (args: ArchiveArgs) => api.post<Goal>(archivePath('/goals', args))

export const useCreateGoal = () => useWrite(createGoal, 'goal')
export const useUpdateGoal = () => useWrite(updateGoal, 'goal')
export const useSetGoalArchived = () => useWrite(setGoalArchived, 'goal')
