import type { Organisation } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** GET /organisations/:id — to reload a row changed by someone else. (The lists are `@/api/get-organisations`.) */
export const getOrganisation = (id: number) => api.get<Organisation>(`/organisations/${id}`)
