// A route is data: method, path, the zod schemas of its input and output, and a handler. The same table
// mounts the Express routes, generates the OpenAPI document (http/openapi.ts) and drives the route tests.
import { Router, type Request, type Response } from 'express'
import { z } from 'zod'
import { IdParams, type Role } from '@uppfoljning/contract'
import { admits } from '../auth/access'
import type { Actor } from '../auth/actor'
import { forbidden, unauthenticated } from '../errors'
import { config } from '../config'
import { encodedAs, keptAnswer, type Encoding, type KeptAnswer } from './kept-answers'
import { rejectPersonalData } from './personal-data'
import { rejectUnstorableText } from './storable-text'

export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete'

/**
 * Who may call a route: anyone, any signed-in user, or the listed roles. Checked before any input is read.
 * Finer rules (a coordinator writes only for their own organisation) are the services' (auth/actor.ts).
 */
export type Access = 'public' | 'signed-in' | readonly Role[]

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined

export interface RouteInput<P, Q, B> {
  /** the signed-in user; routes that are not public always have one */
  actor: Actor
  params: Infer<P>
  query: Infer<Q>
  body: Infer<B>
  req: Request
  res: Response
}

// `any` by default: a list of routes holds every combination of schemas (a Route<X> is not a Route<unknown>)
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface Route<
  P extends z.ZodType | undefined = any,
  Q extends z.ZodType | undefined = any,
  B extends z.ZodType | undefined = any,
  R extends z.ZodType = any,
> {
  /* eslint-enable @typescript-eslint/no-explicit-any */
  method: Method
  /** Express path below /api/v1, e.g. `/goals/:id` */
  path: string
  /** one line for the API docs, in Swedish */
  summary: string
  tag: string
  access: Access
  params?: P
  query?: Q
  body?: B
  response: R
  /** success status; 200 unless given */
  status?: number
  /**
   * A GET whose JSON answer is kept while the database is unchanged (http/kept-answers.ts): returns what the answer
   * depends on besides the route, its params and query ('' when every reader gets the same).
   */
  keep?: (actor: Actor) => string
  handler: (input: RouteInput<P, Q, B>) => Promise<z.input<R>> | z.input<R>
}

/**
 * `keep` of a route whose answer says what the reader may do (`can`): the same for readers with the same role and
 * organisations, which is all that `can` of plans and actions depends on besides the rows.
 */
export const sameForSameRights = (actor: Actor): string => `${actor.role}/${[...actor.organisationIds].sort((a, b) => a - b).join(',')}`

/** Declares a route with its types inferred from its schemas. */
export function route<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType = z.ZodType,
>(spec: Route<P, Q, B, R>): Route<P, Q, B, R> {
  return spec
}

/** 401 without a signed-in user, 403 with the wrong role; returns the actor (null on public routes). */
function authorize(access: Access, actor: Actor | null): Actor | null {
  if (access !== 'public' && !actor) throw unauthenticated()
  if (!admits(access, actor)) throw forbidden()
  return actor
}

/** Below this many bytes compressing gains nothing (the compression middleware's own threshold). */
const COMPRESS_FROM = 1024
const ENCODINGS: Encoding[] = ['br', 'gzip']

/**
 * Sends a kept answer for revalidation: `private, no-cache` (only the reader's browser keeps it, and asks again
 * before each use) with its ETag; a request whose If-None-Match names that ETag gets 304 and no body. The ETag is the
 * hash of the bytes, and the bytes hold everything the answer depends on (the reader's `can` too), so a 304 is never
 * an answer meant for another reader. Compressed as asked, with the bytes compressed once per kept answer.
 */
async function sendKept(req: Request, res: Response, kept: KeptAnswer) {
  res.set({ 'Cache-Control': 'private, no-cache', ETag: kept.etag }).vary('Accept-Encoding')
  if (req.fresh) {
    res.status(304).end()
    return
  }
  // brotli whenever the client takes it (as the compression middleware prefers it), else gzip, else as it is
  const encoding = kept.body.length < COMPRESS_FROM ? undefined : ENCODINGS.find((e) => req.acceptsEncodings(e) === e)
  res.type('json')
  if (encoding) res.set('Content-Encoding', encoding).send(await encodedAs(kept, encoding))
  else res.send(kept.body)
}

/** Mounts routes on a router: parses params, query and body with their schemas (a ZodError → 400). */
export function mount(routes: Route[]): Router {
  const router = Router()
  for (const r of routes) {
    router[r.method](r.path, async (req: Request, res: Response) => {
      const actor = authorize(r.access, req.session?.actor ?? null)
      // text PostgreSQL cannot store is a 400 here, not a 500 at the INSERT (http/storable-text.ts)
      if (r.params) rejectUnstorableText(req.params)
      if (r.query) rejectUnstorableText(req.query)
      if (r.body) rejectUnstorableText(req.body)
      const params = r.params ? r.params.parse(req.params) : undefined
      const query = r.query ? r.query.parse(req.query) : undefined
      // before parsing, so that no error message can echo a personnummer back (docs/domain.md)
      if (r.body) rejectPersonalData(req.body)
      const body = r.body ? r.body.parse(req.body ?? {}) : undefined
      const answer = async () => {
        const result = await r.handler({ actor: actor as Actor, params, query, body, req, res })
        // In tests every response is checked against its schema, so presenters and contract cannot drift apart.
        if (config.NODE_ENV === 'test' && !res.headersSent) r.response.parse(result)
        return result
      }
      if (r.keep) {
        const key = [r.path, JSON.stringify(params ?? null), JSON.stringify(query ?? null), r.keep(actor as Actor)].join('\n')
        await sendKept(req, res, await keptAnswer(key, req.session?.readAt, answer))
        return
      }
      const result = await answer()
      // A handler that has answered itself (the OIDC routes redirect) leaves nothing to check or send.
      if (res.headersSent) return
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
  access: { read: Access; write: Access }
  schemas: { update: U; item: R }
  service: {
    get(id: number, actor: Actor): In<R>
    update(id: number, body: Out<U>, actor: Actor): In<R>
    setArchived(id: number, archived: boolean, actor: Actor): In<R>
  }
}): Route[] {
  const { path, tag, one, schemas, service, access } = opts
  const item = `${path}/:id`
  return [
    route({
      method: 'get',
      path: item,
      tag,
      summary: `Hämta ${one}`,
      access: access.read,
      params: IdParams,
      response: schemas.item,
      handler: ({ params, actor }) => service.get(params.id, actor),
    }),
    route({
      method: 'patch',
      path: item,
      tag,
      summary: `Ändra ${one}`,
      access: access.write,
      params: IdParams,
      body: schemas.update,
      response: schemas.item,
      handler: ({ params, body, actor }) => service.update(params.id, body as Out<U>, actor),
    }),
    route({
      method: 'post',
      path: `${item}/archive`,
      tag,
      summary: `Arkivera ${one}`,
      access: access.write,
      params: IdParams,
      response: schemas.item,
      handler: ({ params, actor }) => service.setArchived(params.id, true, actor),
    }),
    route({
      method: 'post',
      path: `${item}/restore`,
      tag,
      summary: `Återställ ${one}`,
      access: access.write,
      params: IdParams,
      response: schemas.item,
      handler: ({ params, actor }) => service.setArchived(params.id, false, actor),
    }),
  ]
}

/** The six routes of a top-level resource: list and create at `path`, then the item routes. */
export function resourceRoutes<
  Q extends z.ZodType,
  C extends z.ZodType,
  U extends z.ZodType,
  R extends z.ZodType,
  P extends z.ZodType,
>(opts: {
  path: string
  tag: string
  /** Swedish names for the docs: `{ many: 'mål och delmål', one: 'ett mål' }` */
  names: { many: string; one: string }
  access: { read: Access; write: Access }
  schemas: { query: Q; create: C; update: U; item: R; page: P }
  /** the list's answers are kept while the database is unchanged (see Route.keep) */
  keepList?: Route['keep']
  service: {
    list(query: Out<Q>, actor: Actor): In<P>
    create(body: Out<C>, actor: Actor): In<R>
    get(id: number, actor: Actor): In<R>
    update(id: number, body: Out<U>, actor: Actor): In<R>
    setArchived(id: number, archived: boolean, actor: Actor): In<R>
  }
}): Route[] {
  const { path, tag, names, schemas, service, access } = opts
  return [
    route({
      method: 'get',
      path,
      tag,
      summary: `Lista ${names.many}`,
      access: access.read,
      query: schemas.query,
      response: schemas.page,
      keep: opts.keepList,
      handler: ({ query, actor }) => service.list(query as Out<Q>, actor),
    }),
    route({
      method: 'post',
      path,
      tag,
      summary: `Skapa ${names.one}`,
      access: access.write,
      body: schemas.create,
      response: schemas.item,
      status: 201,
      handler: ({ body, actor }) => service.create(body as Out<C>, actor),
    }),
    ...itemRoutes({ path, tag, one: names.one, access, schemas, service }),
  ]
}
