import type { User, UserCreate, UserUpdate } from '@uppfoljning/contract'
import { useWrite } from '@/api/invalidation'
import { api } from '@/lib/api-client'
import { archivePath, type ArchiveArgs } from './write'

/** POST /users (with an optional initial password) */
export const createUser = (body: UserCreate) => api.post<User>('/users', body)
/** PATCH /users/:id (with version); a new role, organisations or password ends the user's sessions */
export const updateUser = ({ id, ...body }: UserUpdate & { id: number }) => api.patch<User>(`/users/${id}`, body)
/** POST /users/:id/archive (disable: sessions end, sign-in refused), /users/:id/restore (enable) */
export const setUserArchived = (args: ArchiveArgs) => api.post<User>(archivePath('/users', args))

export const useCreateUser = () => useWrite(createUser, 'user')
export const useUpdateUser = () => useWrite(updateUser, 'user')
export const useSetUserArchived = () => useWrite(setUserArchived, 'user')
