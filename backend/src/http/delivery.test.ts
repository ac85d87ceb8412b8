// Delivery against the real app: brotli or gzip as the client asks, for the web app's files and the API's answers
// (exports too, and kept answers with their 304s); a year's immutable caching for hashed assets, revalidation for
// index.html and every client-side route. The web app is a folder of the test's own (no build needed).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import request from 'supertest'
import { createApp } from '../app'
import { api } from '../test/api'
import { download, pdfText } from '../test/downloads'
import { makeAction, makeGoal, makeOrganisation, makePeriod, makePlan, makeStrategy } from '../test/factories'
import { makeUser } from '../test/users'

const ASSET = 'index-B4xQ2k9d.js'
const script = `export const words = [${Array.from({ length: 400 }, (_, i) => `"uppföljning ${i}"`).join(', ')}]\n`
const page = `<!doctype html><html lang="sv"><head><script type="module" src="/assets/${ASSET}"></script></head><body><div id="root"></div></body></html>\n`
let root: string
let web: ReturnType<typeof createApp>
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'uppf-web-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), page)
  writeFileSync(join(root, 'assets', ASSET), script)
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  web = createApp({ webRoot: root })
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

const IMMUTABLE = 'public, max-age=31536000, immutable'

describe("the web app's files", () => {
  it('a hashed asset: brotli when asked, cached for a year as immutable', async () => {
    const res = await request(web).get(`/assets/${ASSET}`).set('Accept-Encoding', 'gzip, deflate, br')
    expect(res.status).toBe(200)
    expect(res.headers).toMatchObject({ 'content-encoding': 'br', 'cache-control': IMMUTABLE, vary: 'Accept-Encoding' })
    expect(res.headers['content-type']).toMatch(/^text\/javascript/)
    expect(res.text).toBe(script)
  })

  it('gzip when only gzip is accepted; as it is when nothing is', async () => {
    const gzip = await request(web).get(`/assets/${ASSET}`).set('Accept-Encoding', 'gzip')
    expect(gzip.headers).toMatchObject({ 'content-encoding': 'gzip', 'cache-control': IMMUTABLE })
    expect(gzip.text).toBe(script)
    const plain = await request(web).get(`/assets/${ASSET}`).set('Accept-Encoding', 'identity')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.text).toBe(script)
  })

  it("404 for a missing asset (never the app's page in its place)", async () => {
    const res = await request(web).get('/assets/index-gone.js')
    expect(res.status).toBe(404)
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8')
  })

  it('index.html and every client-side route: no-cache with a validator, 304 when unchanged', async () => {
    for (const path of ['/index.html', '/', '/planer/12', '/resultat/maluppfyllelse?period=3']) {
      const res = await request(web).get(path)
      expect({ path, status: res.status, type: res.headers['content-type'], cache: res.headers['cache-control'], text: res.text }).toEqual({
        path,
        status: 200,
        type: 'text/html; charset=utf-8',
        cache: 'no-cache',
        text: page,
      })
      expect(res.headers.etag).toEqual(expect.any(String))
      const again = await request(web).get(path).set('If-None-Match', res.headers.etag)
      expect({ path, status: again.status, text: again.text }).toEqual({ path, status: 304, text: '' })
    }
  })

  it('other unhashed files are revalidated too', async () => {
    expect((await request(web).get('/favicon.svg')).headers['cache-control']).toBe('no-cache')
  })
})

describe('API answers', () => {
  it('compressed as asked: brotli, gzip, or not', async () => {
    const plain = await api().get('/api/v1/openapi.json').set('Accept-Encoding', 'identity')
    for (const encoding of ['br', 'gzip']) {
      const res = await api().get('/api/v1/openapi.json').set('Accept-Encoding', encoding)
      expect({ encoding: res.headers['content-encoding'], cache: res.headers['cache-control'] }).toEqual({ encoding, cache: 'no-store' })
      expect(res.body).toEqual(plain.body)
    }
    expect(plain.headers['content-encoding']).toBeUndefined()
  })

  it('exports still download when compression is asked for: a PDF as it is (already compressed), a CSV intact, both with their names', async () => {
    const strategy = await makeStrategy()
    await makeGoal({ strategyId: strategy.id })
    const period = await makePeriod({ strategyId: strategy.id })
    const pdf = await download(`/api/v1/progress/goals/export.pdf?periodId=${period.id}`).set('Accept-Encoding', 'br, gzip')
    expect(pdf.status).toBe(200)
    expect(pdf.headers['content-encoding']).toBeUndefined()
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="/)
    expect((await pdfText(pdf.body)).join('\n')).toContain('Sida 1 av')
    const csv = await download(`/api/v1/progress/goals/export.csv?periodId=${period.id}`).set('Accept-Encoding', 'br, gzip')
    expect(csv.status).toBe(200)
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="/)
    expect([...(csv.body as Buffer).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })
})

describe('kept answers: revalidation and compression (http/route.ts sendKept)', () => {
  it('private, no-cache with an ETag; If-None-Match that matches → 304 without a body; after a write → 200 and a new ETag', async () => {
    const strategy = await makeStrategy()
    const plan = await makePlan({ strategyId: strategy.id })
    const path = `/api/v1/implementation-plans?strategyId=${strategy.id}`
    const first = await api().get(path)
    expect(first.status).toBe(200)
    expect(first.headers['cache-control']).toBe('private, no-cache')
    expect(first.headers.etag).toMatch(/^W\/"/)
    const again = await api().get(path).set('If-None-Match', first.headers.etag)
    expect({ status: again.status, text: again.text, etag: again.headers.etag }).toEqual({
      status: 304,
      text: '',
      etag: first.headers.etag,
    })

    await api('anonymous').get('/api/v1/health') // reading changes nothing
    expect((await api().get(path).set('If-None-Match', first.headers.etag)).status).toBe(304)

    await makeAction({ planId: plan.id })
    const after = await api().get(path).set('If-None-Match', first.headers.etag)
    expect(after.status).toBe(200)
    expect(after.headers.etag).not.toBe(first.headers.etag)
    expect(after.body.items[0].actionCount).toBe(1)
  })

  it("never a 304 across readers whose answers differ: each reader's own `can` under their own ETag", async () => {
    const organisation = await makeOrganisation({ foreign: true })
    const plan = await makePlan({ organisationId: organisation.id })
    const path = `/api/v1/implementation-plans?organisationId=${organisation.id}`
    const owner = await makeUser('coordinator', [organisation.id])
    const stranger = await makeUser('coordinator', [(await makeOrganisation({ foreign: true })).id])
    const own = await api(owner).get(path)
    expect(own.body.items.find((p: { id: number }) => p.id === plan.id).can.edit).toBe(true)
    for (const other of [stranger, 'opk', 'steering'] as const) {
      const res = await api(other).get(path).set('If-None-Match', own.headers.etag)
      expect(res.status).toBe(200)
      expect(res.headers.etag).not.toBe(own.headers.etag)
      expect(res.body.items.find((p: { id: number }) => p.id === plan.id).can.edit).toBe(false)
    }
    // and the owner's own revalidation still holds
    expect((await api(owner).get(path).set('If-None-Match', own.headers.etag)).status).toBe(304)
  })

  it('compressed as asked, the same JSON in every encoding, under one ETag', async () => {
    const strategy = await makeStrategy()
    for (let i = 0; i < 8; i++) await makePlan({ strategyId: strategy.id })
    const path = `/api/v1/implementation-plans?strategyId=${strategy.id}`
    const plain = await api().get(path).set('Accept-Encoding', 'identity')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toMatch(/Accept-Encoding/)
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br', 'br'],
    ]) {
      const res = await api().get(path).set('Accept-Encoding', accept)
      expect({ accept, encoding: res.headers['content-encoding'], etag: res.headers.etag }).toEqual({
        accept,
        encoding,
        etag: plain.headers.etag,
      })
      expect(res.body).toEqual(plain.body)
    }
  })

  it('other API answers are not kept by browsers and carry no ETag', async () => {
    const res = await api().get('/api/v1/organisations')
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers.etag).toBeUndefined()
  })
})
