// Security headers: the strict Content-Security-Policy and its companions on an API route, on the web app and on
// the API docs page; HSTS only over https.
import express from 'express'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import request from 'supertest'
import { api } from '../test/api'
import { securityHeaders, sha256Source } from './security-headers'

const WEB_INDEX = join(__dirname, '../../../frontend/dist/index.html')

/** The CSP as a map of directive → sources. */
function policyOf(res: request.Response): Record<string, string[]> {
  const header = res.headers['content-security-policy'] as string | undefined
  expect(header).toBeDefined()
  return Object.fromEntries(
    header!
      .split(';')
      .map((directive) => directive.trim())
      .filter(Boolean)
      .map((directive) => {
        const [name, ...sources] = directive.split(/\s+/)
        return [name, sources]
      }),
  )
}

/** What every answer carries, whatever the path. */
function expectStrictHeaders(res: request.Response) {
  const policy = policyOf(res)
  expect(policy).toMatchObject({
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'img-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  })
  // styles: our own files and exactly one inline block, the docs page's, by its hash
  expect(policy['style-src'][0]).toBe("'self'")
  expect(policy['style-src'].slice(1)).toEqual([expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)])
  expect(Object.values(policy).flat().join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/)
  expect(policy['upgrade-insecure-requests']).toBeUndefined() // tests run without an https PUBLIC_URL
  expect(res.headers).toMatchObject({
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
  })
  expect(res.headers['strict-transport-security']).toBeUndefined()
  expect(res.headers['x-powered-by']).toBeUndefined()
}

describe('an API route', () => {
  it('GET /api/v1/health carries the strict headers', async () => {
    const res = await api('anonymous').get('/api/v1/health')
    expect(res.status).toBe(200)
    expectStrictHeaders(res)
  })

  it('an error answer carries them too', async () => {
    const res = await api('anonymous').get('/api/v1/goals')
    expect(res.status).toBe(401)
    expectStrictHeaders(res)
  })
})

describe('the API docs page', () => {
  it('GET /api/v1/docs: its inline <style> is allowed by hash, and it has no inline script', async () => {
    const res = await api('anonymous').get('/api/v1/docs')
    expect(res.status).toBe(200)
    expectStrictHeaders(res)
    const styles = [...res.text.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1])
    expect(styles).toHaveLength(1)
    expect(policyOf(res)['style-src']).toContain(sha256Source(styles[0]))
    expect(res.text).not.toMatch(/<script|\son\w+=|\sstyle=/i)
  })
})

describe('the web app', () => {
  const built = existsSync(WEB_INDEX)

  // The built index.html itself, and the app in a browser under this policy: e2e/content-security-policy.spec.ts
  // (the browser tests run after the build; this suite runs before it).
  it('a path outside the API carries the strict headers, built app or not', async () => {
    const res = await api('anonymous').get('/planer/1')
    expect(res.status).toBe(built ? 200 : 404)
    expectStrictHeaders(res)
  })
})

describe('over https', () => {
  const app = (https: boolean) =>
    express()
      .use(securityHeaders({ https }))
      .get('/', (_req, res) => {
        res.send('ok')
      })

  it('HSTS for a year and upgrade-insecure-requests when PUBLIC_URL is https', async () => {
    const res = await request(app(true)).get('/')
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    expect(policyOf(res)['upgrade-insecure-requests']).toEqual([])
  })

  it('neither over plain http', async () => {
    const res = await request(app(false)).get('/')
    expect(res.headers['strict-transport-security']).toBeUndefined()
    expect(policyOf(res)['upgrade-insecure-requests']).toBeUndefined()
  })
})
