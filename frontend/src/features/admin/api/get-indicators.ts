import type { Indicator } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** GET /indicators/:id — to reload a row changed by someone else. (The list is `@/api/get-indicators`.) */
export const getIndicator = (id: number) => api.get<Indicator>(`/indicators/${id}`)
