import type { Measure, MeasureCreate, MeasureUpdate } from '@uppfoljning/contract'
import { useWrite } from '@/api/invalidation'
import { api } from '@/lib/api-client'
import { archivePath, type ArchiveArgs } from './write'

/** POST /measures */
export const createMeasure = (body: MeasureCreate) => api.post<Measure>('/measures', body)
/** PATCH /measures/:id (with version) */
export const updateMeasure = ({ id, ...body }: MeasureUpdate & { id: number }) => api.patch<Measure>(`/measures/${id}`, body)
/** POST /measures/:id/archive, /measures/:id/restore */
export const setMeasureArchived = (args: ArchiveArgs) => api.post<Measure>(archivePath('/measures', args))

export const useCreateMeasure = () => useWrite(createMeasure, 'measure')
export const useUpdateMeasure = () => useWrite(updateMeasure, 'measure')
export const useSetMeasureArchived = () => useWrite(setMeasureArchived, 'measure')
