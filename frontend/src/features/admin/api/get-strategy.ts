import type { Strategy } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** GET /strategies/:id — to reload a row changed by someone else. (The strategy in force is `@/api/get-active-strategy`.) */
export const getStrategy = (id: number) => api.get<Strategy>(`/strategies/${id}`)
