import type { Goal } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** GET /goals/:id — to reload a row changed by someone else. (The list is `@/api/get-goals`.) */
export const getGoal = (id: number) => api.get<Goal>(`/goals/${id}`)
