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

type Out<T extends z.ZodType> = z.output<T>
type In<T extends z.ZodType> = Promise<z.input<T>>

/**
 * GET, PATCH (with version), archive and restore of one stored row at `<path>/:id`. Every resource with history is
 * archived, never deleted. `one` names the row in Swedish for the docs: "ett mål", "en aktivitet".
 */
export function itemRoutes<U extends z.ZodType, R extends z.ZodType>(opts: {
  path: string
  tag: string
  one: string
  schemas: { update: U; item: R }
  service: { get(id: number): In<R>; update(id: number, body: Out<U>): In<R>; setArchived(id: number, archived: boolean): In<R> }
}): Route[] {
  const { path, tag, one, schemas, service } = opts
  const item = `${path}/:id`
  return [
    route({ method: 'get', path: item, tag, summary: `Hämta ${one}`, params: IdParams, response: schemas.item,
      handler: ({ params }) => service.get(params.id) }),
    route({ method: 'patch', path: item, tag, summary: `Ändra ${one}`, params: IdParams, body: schemas.update, response: schemas.item,
      handler: ({ params, body }) => service.update(params.id, body as Out<U>) }),
    route({ method: 'post', path: `${item}/archive`, tag, summary: `Arkivera ${one}`, params: IdParams, response: schemas.item,
      handler: ({ params }) => service.setArchived(params.id, true) }),
    route({ method: 'post', path: `${item}/restore`, tag, summary: `Återställ ${one}`, params: IdParams, response: schemas.item,
      handler: ({ params }) => service.setArchived(params.id, false) }),
  ]
}

/** The six routes of a top-level resource: list and create at `path`, then the item routes. */
export function resourceRoutes<Q extends z.ZodType, C extends z.ZodType, U extends z.ZodType, R extends z.ZodType, P extends z.ZodType>(opts: {
  path: string
  tag: string
  /** Swedish names for the docs: `{ many: 'mål och delmål', one: 'ett mål' }` */
  names: { many: string; one: string }
  schemas: { query: Q; create: C; update: U; item: R; page: P }
  service: {
    list(query: Out<Q>): In<P>
    create(body: Out<C>): In<R>
    get(id: number): In<R>
    update(id: number, body: Out<U>): In<R>
    setArchived(id: number, archived: boolean): In<R>
  }
}): Route[] {
  const { path, tag, names, schemas, service } = opts
  return [
    route({ method: 'get', path, tag, summary: `Lista ${names.many}`, query: schemas.query, response: schemas.page,
      handler: ({ query }) => service.list(query as Out<Q>) }),
    route({ method: 'post', path, tag, summary: `Skapa ${names.one}`, body: schemas.create, response: schemas.item, status: 201,
      handler: ({ body }) => service.create(body as Out<C>) }),
    ...itemRoutes({ path, tag, one: names.one, schemas, service }),
  ]
}
