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
  /** the address users reach the app at, e.g. https://uppfoljning.example.se (cookies, OIDC redirects, Origin check) */
  PUBLIC_URL: z.string().url().optional(),
  /** the organisation's OpenID Connect provider, e.g. https://login.example.se (sign-in over OIDC is on only when set) */
  OIDC_ISSUER: z.string().url().optional(),
  /** this app's client id at the provider (required with OIDC_ISSUER) */
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  /** the client secret (a confidential client, sent as client_secret_post); without it a public client with PKCE */
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** proxies in front of the app whose X-Forwarded-* headers are trusted (0: none) */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** a session ends after this long without a request… */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** …and after this long in any case */
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  LOG_LEVEL: z.enum(['silent', 'error', 'info']).default('info'),
})

export const config = Env.parse(process.env)
