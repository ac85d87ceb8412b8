import type { Measure, MeasureCreate, MeasureUpdate } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { archivePath, useWrite, type ArchiveArgs } from './write'

/** POST /measures */
export const createMeasure = (body: MeasureCreate) => api.post<Measure>('/measures', body)
/** PATCH /measures/:id (with version) */
export const updateMeasure = ({ id, ...body }: MeasureUpdate & { id: number }) => api.patch<Measure>(`/measures/${id}`, body)
/** POST /measures/:id/archive, /measures/:id/restore */
export const setMeasureArchived = (args: ArchiveArgs) => api.post<Measure>(archivePath('/measures', args))

export const useCreateMeasure = () => useWrite(createMeasure, ['measures'])
export const useUpdateMeasure = () => useWrite(updateMeasure, ['measures'])
export const useSetMeasureArchived = () => useWrite(setMeasureArchived, ['measures'])
