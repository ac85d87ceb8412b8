import type { Organisation, OrganisationCreate, OrganisationUpdate } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { archivePath, useWrite, type ArchiveArgs } from './write'

/** POST /organisations */
export const createOrganisation = (body: OrganisationCreate) => api.post<Organisation>('/organisations', body)
/** PATCH /organisations/:id (with version) */
export const updateOrganisation = ({ id, ...body }: OrganisationUpdate & { id: number }) => api.patch<Organisation>(`/organisations/${id}`, body)
/** POST /organisations/:id/archive, /organisations/:id/restore */
export const setOrganisationArchived = (args: ArchiveArgs) => api.post<Organisation>(archivePath('/organisations', args))

// users show the names of their organisations
const affected = ['organisations', 'users'] as const
export const useCreateOrganisation = () => useWrite(createOrganisation, affected)
export const useUpdateOrganisation = () => useWrite(updateOrganisation, affected)
export const useSetOrganisationArchived = () => useWrite(setOrganisationArchived, affected)
