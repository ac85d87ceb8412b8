import type { Strategy, StrategyUpdate } from '@uppfoljning/contract'
import { useWrite } from '@/api/invalidation'
import { api } from '@/lib/api-client'

/** PATCH /strategies/:id (with version) */
export const updateStrategy = ({ id, ...body }: StrategyUpdate & { id: number }) => api.patch<Strategy>(`/strategies/${id}`, body)

export const useUpdateStrategy = () => useWrite(updateStrategy, 'strategy')
