import type { Organisation, OrganisationCreate, OrganisationUpdate } from '@uppfoljning/contract'
import { useWrite } from '@/api/invalidation'
import { api } from '@/lib/api-client'
import { archivePath, type ArchiveArgs } from './write'

/** POST /organisations */
export const createOrganisation = (body: OrganisationCreate) => api.post<Organisation>('/organisations', body)
/** PATCH /organisations/:id (with version) */
export const updateOrganisation = ({ id, ...body }: OrganisationUpdate & { id: number }) =>
  api.patch<Organisation>(`/organisations/${id}`, body)
/** POST /organisations/:id/archive, /organisations/:id/restore */
export const setOrganisationArchived = (args: ArchiveArgs) => api.post<Organisation>(archivePath('/organisations', args))

export const useCreateOrganisation = () => useWrite(createOrganisation, 'organisation')
export const useUpdateOrganisation = () => useWrite(updateOrganisation, 'organisation')
export const useSetOrganisationArchived = () => useWrite(setOrganisationArchived, 'organisation')
