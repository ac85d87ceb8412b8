import type { Indicator, IndicatorCreate, IndicatorUpdate } from '@uppfoljning/contract'
import { useWrite } from '@/api/invalidation'
import { api } from '@/lib/api-client'
import { archivePath, type ArchiveArgs } from './write'

/** POST /indicators (on a goal or a measure) */
export const createIndicator = (body: IndicatorCreate) => api.post<Indicator>('/indicators', body)
/** PATCH /indicators/:id (with version) */
export const updateIndicator = ({ id, ...body }: IndicatorUpdate & { id: number }) => api.patch<Indicator>(`/indicators/${id}`, body)
/** POST /indicators/:id/archive, /indicators/:id/restore */
export const setIndicatorArchived = (args: ArchiveArgs) => api.post<Indicator>(archivePath('/indicators', args))

export const useCreateIndicator = () => useWrite(createIndicator, 'indicator')
export const useUpdateIndicator = () => useWrite(updateIndicator, 'indicator')
export const useSetIndicatorArchived = () => useWrite(setIndicatorArchived, 'indicator')
