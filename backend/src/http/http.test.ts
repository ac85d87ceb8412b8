// The HTTP layer: bad input of every kind gets a problem+json answer, never a 500.
import { api, expectProblem } from '../test/api'
import { db } from '../db/prisma'

describe('bad requests', () => {
  it('400 malformed-json for a broken body, nothing written', async () => {
    const before = await db().organisation.count()
    const res = await api().post('/api/v1/organisations').set('Content-Type', 'application/json').send('{"kind": "authority", "name": ')
    expectProblem(res, 400, 'malformed-json')
    expect(await db().organisation.count()).toBe(before)
  })

  it('413 payload-too-large above 1 MB', async () => {
    const res = await api()
      .post('/api/v1/organisations')
      .send({ kind: 'authority', name: 'x'.repeat(1_100_000) })
    expectProblem(res, 413, 'payload-too-large')
  })

  it('400 for a body that is not an object, and for __proto__ keys', async () => {
    expectProblem(await api().post('/api/v1/organisations').set('Content-Type', 'application/json').send('[1,2]'), 400, 'validation-failed')
    const res = await api()
      .post('/api/v1/organisations')
      .set('Content-Type', 'application/json')
      .send('{"kind":"authority","name":"A","__proto__":{"isAdmin":true}}')
    expectProblem(res, 400, 'validation-failed', ['__proto__'])
  })

  it('404 not-found for an unknown API path', async () => {
    expectProblem(await api().get('/api/v1/nothing-here'), 404, 'not-found')
    expectProblem(await api().get('/api/v2/organisations'), 404, 'not-found')
  })

  it('API answers are not cached and do not say what serves them', async () => {
    const res = await api().get('/api/v1/organisations')
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers['x-powered-by']).toBeUndefined()
  })
})

describe('GET /api/v1/health', () => {
  it('200 with the database ok', async () => {
    const res = await api().get('/api/v1/health')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'ok', database: 'ok', version: expect.any(String) })
  })
})
