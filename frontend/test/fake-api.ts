// The network boundary for component tests: `fetch` answers like the API would, from handlers keyed by
// "METHOD /path" (the path after /api/v1, without the query). Everything above it (the api client, React Query,
// the features' fetchers and hooks) is the real code. Each request is recorded, so a test can check what was sent.
import type { Page, Problem } from '@uppfoljning/contract'

export type FakeRequest = { method: string; path: string; query: Record<string, string>; body: unknown }
export type FakeReply = { status: number; body?: unknown }
export type FakeHandler = FakeReply | ((request: FakeRequest) => FakeReply)

export const ok = (body: unknown, status = 200): FakeReply => ({ status, body })

export const page = <T>(items: T[]): FakeReply => ok({ items, page: 1, pageSize: 200, total: items.length } satisfies Page<T>)

/** An RFC 9457 answer as the API's error handler writes it. */
export const problem = (status: number, detail: string, extra: Partial<Problem> = {}): FakeReply =>
  ok({ type: `https://uppfoljning.se/problems/${status}`, title: detail, status, detail, ...extra } satisfies Problem, status)

/** No answer at all: the server cannot be reached (fetch rejects, as a browser's does offline). */
export const unreachable: FakeReply = { status: 0 }

const API_PREFIX = '/api/v1'

/**
 * Replaces `fetch` until `restore()` (call it in afterEach). A request no handler knows is answered 404, and
 * recorded like the rest: a test that forgot a handler sees which request it was.
 */
export function fakeApi(handlers: Record<string, FakeHandler>) {
  const requests: FakeRequest[] = []
  const routes = new Map(Object.entries(handlers))
  const previous = globalThis.fetch

  globalThis.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost')
    const method = (init.method ?? 'GET').toUpperCase()
    const path = url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : url.pathname
    const request: FakeRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    }
    requests.push(request)
    const handler = routes.get(`${method} ${path}`)
    const reply = !handler
      ? problem(404, `Ingen fejkad väg för ${method} ${path}`)
      : typeof handler === 'function'
        ? handler(request)
        : handler
    if (reply.status === 0) throw new TypeError('Failed to fetch')
    const type = reply.status >= 400 ? 'application/problem+json' : 'application/json'
    return {
      ok: reply.status >= 200 && reply.status < 300,
      status: reply.status,
      headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? type : null) },
      json: async () => JSON.parse(JSON.stringify(reply.body ?? null)),
    } as unknown as Response
  }) as typeof fetch

  return {
    requests,
    /** the requests sent as `METHOD /path` */
    sent: (key: string) => requests.filter((r) => `${r.method} ${r.path}` === key),
    /** changes what a route answers from now on */
    on: (key: string, handler: FakeHandler) => routes.set(key, handler),
    restore: () => {
      globalThis.fetch = previous
    },
  }
}

export type FakeApi = ReturnType<typeof fakeApi>
