import type { Strategy, StrategyUpdate } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { useWrite } from './write'

/** PATCH /strategies/:id (with version) */
export const updateStrategy = ({ id, ...body }: StrategyUpdate & { id: number }) => api.patch<Strategy>(`/strategies/${id}`, body)

export const useUpdateStrategy = () => useWrite(updateStrategy, ['strategies'])
