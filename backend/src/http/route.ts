// A route is data: method, path, the zod schemas of its input and output, and a handler. The same table
// mounts the Express routes, generates the OpenAPI document (http/openapi.ts) and drives the route tests.
import { Router, type Request, type Response } from 'express'
import { z } from 'zod'
import { IdParams } from '@uppfoljning/contract'
import { config } from '../config'
import { rejectPersonalData } from './personal-data'

export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete'

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined

export interface RouteInput<P, Q, B> {
  params: Infer<P>
  query: Infer<Q>
  body: Infer<B>
  req: Request
  res: Response
}

export interface Route<P extends z.ZodType | undefined = any, Q extends z.ZodType | undefined = any, B extends z.ZodType | undefined = any, R extends z.ZodType = any> {
  method: Method
  /** Express path below /api/v1, e.g. `/goals/:id` */
  path: string
  /** one line for the API docs, in Swedish */
  summary: string
  tag: string
  params?: P
  query?: Q
  body?: B
  response: R
  /** success status; 200 unless given */
  status?: number
  handler: (input: RouteInput<P, Q, B>) => Promise<z.input<R>> | z.input<R>
}

/** Declares a route with its types inferred from its schemas. */
export function route<P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined, R extends z.ZodType = z.ZodType>(
  spec: Route<P, Q, B, R>,
): Route<P, Q, B, R> {
  return spec
}

/** Mounts routes on a router: parses params, query and body with their schemas (a ZodError → 400). */
export function mount(routes: Route[]): Router {
  const router = Router()
  for (const r of routes) {
    router[r.method](r.path, async (req: Request, res: Response) => {
      const params = r.params ? r.params.parse(req.params) : undefined
      const query = r.query ? r.query.parse(req.query) : undefined
      // before parsing, so that no error message can echo a personnummer back (docs/domain.md)
      if (r.body) rejectPersonalData(req.body)
      const body = r.body ? r.body.parse(req.body ?? {}) : undefined
      const result = await r.handler({ params, query, body, req, res })
      // In tests every response is checked against its schema, so presenters and contract cannot drift apart.
      if (config.NODE_ENV === 'test') r.response.parse(result)
      if (res.statusCode === 200) res.status(r.status ?? 200) // a handler may have chosen another status
      res.json(result)
    })
  }
  return router
}

/** POST <path>/:id/archive and POST <path>/:id/restore: every resource with history is archived, never deleted. */
export function archiveRoutes<R extends z.ZodType>(opts: { path: string; tag: string; noun: string; response: R; setArchived: (id: number, archived: boolean) => Promise<z.input<R>> }) {
  const { path, tag, noun, response, setArchived } = opts
  return [
    route({ method: 'post', path: `${path}/:id/archive`, tag, summary: `Arkivera ${noun}`, params: IdParams, response,
      handler: ({ params }) => setArchived(params.id, true) }),
    route({ method: 'post', path: `${path}/:id/restore`, tag, summary: `Återställ ${noun}`, params: IdParams, response,
      handler: ({ params }) => setArchived(params.id, false) }),
  ]
}
