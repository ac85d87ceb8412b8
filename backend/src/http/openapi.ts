// The OpenAPI 3.1 document, generated from the route table and its zod schemas (JSON Schema 2020-12,
// which OpenAPI 3.1 uses as is), and a readable HTML page of the same.
import { z } from 'zod'
import { Problem } from '@uppfoljning/contract'
import type { Route } from './route'

type JsonSchema = Record<string, unknown>
const componentRef = (id: string) => `#/components/schemas/${id}`
const idOf = (schema: z.ZodType) => z.globalRegistry.get(schema)?.id as string | undefined

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const id = idOf(schema)
  if (id) return { $ref: componentRef(id) }
  // named schemas nested in an unnamed one come out as $defs: point them at the components instead
  const { $schema: _, $defs: __, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema
  return JSON.parse(JSON.stringify(json).replace(/"#\/\$defs\//g, '"#/components/schemas/'))
}

/** Every named schema (`.meta({ id })`) as a component, request bodies as input, the rest as output. */
function components(routes: Route[]): Record<string, JsonSchema> {
  const inputIds = new Set(routes.flatMap((r) => (r.body && idOf(r.body) ? [idOf(r.body)!] : [])))
  const pass = (io: 'input' | 'output') =>
    (z.toJSONSchema(z.globalRegistry, { io, unrepresentable: 'any', uri: componentRef }) as { schemas: Record<string, JsonSchema> }).schemas
  const input = pass('input')
  const output = pass('output')
  return Object.fromEntries(
    Object.keys(output)
      .sort()
      .map((id) => {
        const { $schema: _, $id: __, ...schema } = inputIds.has(id) ? input[id] : output[id]
        return [id, schema]
      }),
  )
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query') {
  if (!(schema instanceof z.ZodObject)) return []
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, property]) => {
    const { description, ...json } = schemaOf(property, 'input')
    return {
      name,
      in: location,
      required: location === 'path' || !property.safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: json,
    }
  })
}

/** A route that answers with a file declares its media type on the response schema: `z.undefined().meta({ mediaType })`. */
const mediaTypeOf = (schema: z.ZodType) => z.globalRegistry.get(schema)?.mediaType as string | undefined

/** The success answer: a redirect, a file of its media type, or JSON of the response schema. */
function success(r: Route) {
  const status = r.status ?? 200
  if (status >= 300 && status < 400) return { description: 'Omdirigering (Location)' }
  const mediaType = mediaTypeOf(r.response)
  if (mediaType)
    return {
      description: 'Fil (Content-Disposition: attachment)',
      content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } },
    }
  return { description: 'OK', content: { 'application/json': { schema: schemaOf(r.response, 'output') } } }
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: componentRef(idOf(Problem)!) } } },
})

export function openApiDocument(routes: Route[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}')
    const writes = r.method !== 'get'
    paths[path] ??= {}
    paths[path][r.method] = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method}${path.replace(/[{}]/g, '').replace(/[/.-](\w)/g, (_, c: string) => c.toUpperCase())}`,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(r.body, 'input') } } } } : {}),
      responses: {
        [String(r.status ?? 200)]: success(r),
        // kept answers carry an ETag to revalidate with (http/route.ts sendKept)
        ...(r.keep ? { 304: { description: 'Oförändrad sedan If-None-Match (ETag): ingen kropp' } } : {}),
        ...(r.params || r.query || r.body ? { 400: problem('Ogiltiga uppgifter (validation-failed, malformed-json)') } : {}),
        ...(r.params ? { 404: problem('Finns inte (not-found)') } : {}),
        ...(writes ? { 409: problem('Ändrad av någon annan eller finns redan (version-conflict, duplicate)') } : {}),
        ...(writes ? { 413: problem('För stor begäran (payload-too-large)') } : {}),
        ...(writes ? { 422: problem('Regel bruten (rule-violated)') } : {}),
        503: problem('Databasen otillgänglig (service-unavailable)'),
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Uppföljning API',
      version,
      description:
        'Uppföljning av länsstrategin mot våld i nära relationer (Operation Kvinnofrid, Stockholms län). Alla fel besvaras som application/problem+json (RFC 9457).',
    },
    servers: [{ url: '/api/v1' }],
    paths,
    components: { schemas: components(routes) },
  }
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/**
 * The docs page's only styles, inline. The Content-Security-Policy allows exactly this text by its sha256
 * (http/security-headers.ts), so no 'unsafe-inline' is needed anywhere.
 */
export const DOCS_STYLE = `body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{text-align:left;border-bottom:1px solid #ccc;padding:.4rem;vertical-align:top}
code{font-size:.95em}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}a:focus{outline:3px solid #1a5fb4}`

/** A plain, accessible HTML page listing every route, grouped by tag. */
export function openApiHtml(routes: Route[]): string {
  const tags = [...new Set(routes.map((r) => r.tag))]
  const section = (
    tag: string,
  ) => `<section><h2 id="${escape(tag)}">${escape(tag)}</h2><table><caption class="visually-hidden">Adresser för ${escape(tag)}</caption>
<thead><tr><th scope="col">Metod</th><th scope="col">Adress</th><th scope="col">Beskrivning</th><th scope="col">Indata</th><th scope="col">Svar</th></tr></thead><tbody>
${routes
  .filter((r) => r.tag === tag)
  .map(
    (r) => `<tr><td><code>${r.method.toUpperCase()}</code></td><td><code>/api/v1${escape(r.path)}</code></td><td>${escape(r.summary)}</td>
<td>${[r.query && 'frågeparametrar', r.body && (idOf(r.body) ?? 'JSON')].filter(Boolean).join(', ') || '–'}</td><td>${r.status ?? 200} ${escape(mediaTypeOf(r.response) ?? idOf(r.response) ?? 'JSON')}</td></tr>`,
  )
  .join('\n')}
</tbody></table></section>`
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>API-dokumentation – Uppföljning</title><style>${DOCS_STYLE}</style></head>
<body><main><h1>API-dokumentation</h1><p>Maskinläsbar beskrivning: <a href="openapi.json">openapi.json</a> (OpenAPI 3.1). Alla fel besvaras som
<code>application/problem+json</code>; feltyperna beskrivs i <code>docs/api.md</code>.</p>
<nav aria-label="Resurser"><ul>${tags.map((t) => `<li><a href="#${escape(t)}">${escape(t)}</a></li>`).join('')}</ul></nav>
${tags.map(section).join('\n')}</main></body></html>`
}
