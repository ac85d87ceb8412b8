// The one way the web app talks to the API. Components never call fetch: features/*/api/* call this.
// It sends the session's CSRF token with every state-changing request and reports a 401 (the session has
// ended) to whoever listens: the auth feature then shows the sign-in page (features/auth).
import type { Problem } from '@uppfoljning/contract'

export const API_BASE = '/api/v1'

/** Methods that change state: the API refuses them without the session's token (403 csrf-failed). */
const STATE_CHANGING = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/** The current session's synchronizer token (from GET /auth/session; it changes at sign-in and sign-out). */
let csrfToken: string | null = null

/** Called by the auth feature with every session it receives. */
export function setCsrfToken(token: string | null) {
  csrfToken = token
}

const unauthenticatedListeners = new Set<() => void>()

/** Runs `listener` whenever the API answers 401 to a request outside the sign-in steps. Returns the unsubscribe. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener)
  return () => {
    unauthenticatedListeners.delete(listener)
  }
}

export type FieldError = { path: string; message: string }

/**
 * A failed request. `status` is the HTTP status (0 when the server could not be reached), `detail` the
 * problem's Swedish explanation, `errors` one entry per offending field (for forms to show next to the field).
 */
export class ApiError extends Error {
  readonly status: number
  readonly detail: string
  readonly errors: FieldError[]
  readonly problem: Problem | undefined

  constructor(status: number, detail: string, problem?: Problem) {
    super(detail || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.detail = detail
    this.errors = problem?.errors ?? []
    this.problem = problem
  }

  /** The server could not be reached at all (offline, server down, request aborted by the network). */
  get isNetworkError() {
    return this.status === 0
  }

  /** Message for one field, `path` in dot notation as the API sends it (`measureIds.0`). */
  fieldError(path: string): string | undefined {
    return this.errors.find((e) => e.path === path)?.message
  }
}

type QueryValue = string | number | boolean | undefined | null
export type Query = Record<string, QueryValue>

type RequestOptions = {
  query?: Query
  body?: unknown
  signal?: AbortSignal
  /**
   * A step of signing in (password, one-time code): its 401 means "wrong credentials", an answer for the
   * form, not a session that has ended.
   */
  signInStep?: boolean
}

export type WriteOptions = Pick<RequestOptions, 'signInStep'>

function url(path: string, query?: Query): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.set(key, String(value))
  }
  const search = params.toString()
  return `${API_BASE}${path}${search ? `?${search}` : ''}`
}

async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('json')) {
    const problem = (await response.json().catch(() => undefined)) as Problem | undefined
    if (problem && typeof problem.detail === 'string') return new ApiError(response.status, problem.detail, problem)
  }
  return new ApiError(response.status, '')
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(url(path, options.query), {
      method,
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(STATE_CHANGING.has(method) && csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    })
  } catch (error) {
    // a cancelled query is not an error to show; let React Query see the abort as it is
    if (options.signal?.aborted) throw error
    throw new ApiError(0, '')
  }
  if (response.status === 401 && !options.signInStep) for (const listener of unauthenticatedListeners) listener()
  if (!response.ok) throw await toApiError(response)
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, options?: WriteOptions) => request<T>('POST', path, { body, ...options }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
}
