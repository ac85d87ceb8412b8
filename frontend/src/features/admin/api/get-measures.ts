import type { Measure } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** GET /measures/:id — to reload a row changed by someone else. (The list is `@/api/get-measures`.) */
export const getMeasure = (id: number) => api.get<Measure>(`/measures/${id}`)
