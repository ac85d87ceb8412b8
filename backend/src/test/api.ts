// Route-test helpers: the app under supertest, signed in as a test user, and an exact check of problem+json.
import request from 'supertest'
import { createApp } from '../app'
import { COOKIE } from '../http/session'
import { standardSession, type StandardUser, type TestSession } from './users'

let app: ReturnType<typeof createApp> | undefined

type Caller = StandardUser | 'anonymous' | TestSession

/**
 * supertest against the real app, signed in as `as` (OPK staff unless told otherwise): every request carries the
 * session cookie and its CSRF token.
 */
export function api(as: Caller = 'opk') {
  app ??= createApp()
  const agent = request(app)
  const session = as === 'anonymous' ? null : typeof as === 'string' ? standardSession(as) : as
  const call = (method: 'get' | 'post' | 'patch' | 'put' | 'delete') => (url: string) => {
    const test = agent[method](url)
    return session ? test.set('Cookie', `${COOKIE}=${session.token}`).set('X-CSRF-Token', session.csrfToken) : test
  }
  return { get: call('get'), post: call('post'), patch: call('patch'), put: call('put'), delete: call('delete') }
}

/** Asserts a problem+json answer: status, type, and (when given) exactly these offending field paths. */
export function expectProblem(res: request.Response, status: number, code: string, paths?: string[]) {
  expect({ status: res.status, contentType: res.headers['content-type'] }).toEqual({
    status,
    contentType: 'application/problem+json; charset=utf-8',
  })
  expect(res.body).toMatchObject({ type: `/problems/${code}`, status, title: expect.any(String), detail: expect.any(String) })
  if (paths) expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([...paths].sort())
}
