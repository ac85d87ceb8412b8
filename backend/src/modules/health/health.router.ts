// GET /health   the app's and the database's status (503 when the database does not answer)
import { Health } from '@uppfoljning/contract'
import { route } from '../../http/route'
import { checkHealth } from './health.service'

export const healthRoutes = [
  route({
    method: 'get',
    path: '/health',
    tag: 'Drift',
    access: 'public',
    summary: 'Appens och databasens status',
    response: Health,
    handler: async ({ res }) => {
      const health = await checkHealth()
      if (health.database !== 'ok') res.status(503)
      return health
    },
  }),
]
