import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { Page, Role, User } from '@uppfoljning/contract'
import { userKeys } from '@/api/query-keys'
import { api } from '@/lib/api-client'

export type UsersQuery = { search?: string; role?: Role; includeArchived?: boolean; page?: number; pageSize?: number }

/** GET /users (OPK staff only) */
export const getUsers = (query: UsersQuery, signal?: AbortSignal) => api.get<Page<User>>('/users', query, signal)

export const getUsersQueryOptions = (query: UsersQuery) =>
  queryOptions({ queryKey: userKeys.list(query), queryFn: ({ signal }) => getUsers(query, signal) })

/** A filtered page; the previous page stays on screen while the next one loads. */
export const useUsers = (query: UsersQuery) => useQuery({ ...getUsersQueryOptions(query), placeholderData: keepPreviousData })

/** GET /users/:id */
export const getUser = (id: number) => api.get<User>(`/users/${id}`)
