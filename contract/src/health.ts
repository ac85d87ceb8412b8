import { z } from 'zod'

export const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.enum(['ok', 'unavailable']),
    version: z.string(),
    uptimeSeconds: z.number(),
  })
  .meta({ id: 'Health' })
export type Health = z.infer<typeof Health>
