// Route-test helpers: the app under supertest, and an exact check of problem+json answers.
import request from 'supertest'
import { createApp } from '../app'

let app: ReturnType<typeof createApp> | undefined

/** supertest against the real app (one per test file). */
export function api() {
  app ??= createApp()
  return request(app)
}

/** Asserts a problem+json answer: status, type, and (when given) exactly these offending field paths. */
export function expectProblem(res: request.Response, status: number, code: string, paths?: string[]) {
  expect({ status: res.status, contentType: res.headers['content-type'] }).toEqual({ status, contentType: 'application/problem+json; charset=utf-8' })
  expect(res.body).toMatchObject({ type: `/problems/${code}`, status, title: expect.any(String), detail: expect.any(String) })
  if (paths) expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([...paths].sort())
}
