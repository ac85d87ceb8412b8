// The OpenAPI document covers the whole route table, and every reference in it resolves.
import { routes } from '../routes'
import { api } from '../test/api'

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}')

describe('GET /api/v1/openapi.json', () => {
  it('documents every route of the route table, once', async () => {
    const res = await api().get('/api/v1/openapi.json')
    expect(res.status).toBe(200)
    expect(res.body.openapi).toBe('3.1.0')
    const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m} ${path}`),
    )
    const table = routes.map((r) => `${r.method} ${openApiPath(r.path)}`)
    expect(new Set(table).size).toBe(table.length)
    expect(documented.sort()).toEqual([...table].sort())
  })

  it('every $ref points at a component that exists, and path parameters are declared', async () => {
    const { body } = await api().get('/api/v1/openapi.json')
    const refs = [...JSON.stringify(body).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1])
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of new Set(refs)) expect({ ref, exists: ref in body.components.schemas }).toEqual({ ref, exists: true })
    for (const [path, ops] of Object.entries(
      body.paths as Record<string, Record<string, { parameters: { in: string; name: string }[] }>>,
    )) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
      for (const op of Object.values(ops)) expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(inPath)
    }
  })

  it('describes errors as problem+json', async () => {
    const { body } = await api().get('/api/v1/openapi.json')
    const get = body.paths['/organisations/{id}'].get
    expect(get.responses['404'].content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/Problem' })
    expect(body.components.schemas.Problem.properties).toHaveProperty('errors')
  })
})

describe('GET /api/v1/docs', () => {
  it('is a readable Swedish page listing every route', async () => {
    const res = await api().get('/api/v1/docs')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/html/)
    expect(res.text).toContain('<html lang="sv">')
    for (const r of routes) expect(res.text).toContain(`/api/v1${r.path}`)
  })
})
