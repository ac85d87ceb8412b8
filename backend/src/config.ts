// process.env, parsed once.
import { z } from 'zod'

const Env = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  /** the application's PostgreSQL; without it `npm start` runs an embedded one under DATA_DIR */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65_535).default(54329),
  /** load the demo data into an empty database (default: on with the embedded database) */
  DEMO_DATA: z.enum(['true', 'false']).optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** count SQL statements (tests and benchmarks) */
  COUNT_QUERIES: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['silent', 'error', 'info']).default('info'),
})

export const config = Env.parse(process.env)
export type Config = typeof config
