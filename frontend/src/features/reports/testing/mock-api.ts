// The API as the component tests see it: global fetch answers from a table of handlers, and every request is recorded,
// so that a test proves what was sent (method, path, body) and what the page made of the answer.

export type Answer = { status: number; body?: unknown }
export type Handler = (request: { method: string; path: string; body: unknown }) => Answer | undefined
export type Sent = { method: string; path: string; body: unknown }

const problem = (status: number, detail: string, extra: object = {}): Answer => ({
  status,
  body: { type: 'about:blank', title: 'Problem', status, detail, ...extra },
})
export const answers = { problem }

/** Installs a fetch that asks `handlers` in turn (the first answer wins; none: 404). Returns the requests sent. */
export function mockApi(...handlers: Handler[]): Sent[] {
  const sent: Sent[] = []
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost')
    const method = init?.method ?? 'GET'
    const path = url.pathname.replace(/^\/api\/v1/, '') + url.search
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
    sent.push({ method, path, body })
    const answer =
      handlers.reduce<Answer | undefined>((found, handler) => found ?? handler({ method, path, body }), undefined) ??
      problem(404, 'Finns inte.')
    // what the api client reads of a Response (jsdom has no fetch of its own)
    const contentType = answer.status >= 400 ? 'application/problem+json' : 'application/json'
    return {
      ok: answer.status >= 200 && answer.status < 300,
      status: answer.status,
      headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? contentType : null) },
      json: async () => JSON.parse(JSON.stringify(answer.body ?? null)),
    } as unknown as Response
  }) as typeof fetch
  return sent
}
