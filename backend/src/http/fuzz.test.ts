// Fuzzing the HTTP layer. Every route in the table (backend/src/routes.ts, whatever it holds when the test runs)
// gets generated INVALID input: wrong types, missing and extra fields, huge strings, deep nesting, arrays for
// objects, prototype-pollution keys, NaN-ish strings, negative and overflowing ids, Unicode oddities, broken JSON
// and transport-level garbage (charsets, content encodings, cookies, cross-site headers), from an anonymous caller,
// OPK staff, a coordinator and the steering group. Whatever arrives:
//   - never a 5xx;
//   - every 4xx is application/problem+json with type, title, status and detail;
//   - no body carries a stack trace, SQL, "prisma" or a file path;
//   - nothing is written (the audit trail, which records every write of every audited table, has no new event).
// Valid starting points are generated from the route's own zod schemas (as JSON Schema); the invalid kinds are
// written by hand. Each route has a fixed seed derived from its method and path, so a failure reproduces and a new
// route does not reshuffle the others. FUZZ_REQUESTS (default 4000) sets the total number of requests.
import fc from 'fast-check'
import { parse as parseQuery } from 'node:querystring'
import { z } from 'zod'
import { db } from '../db/prisma'
import { routes } from '../routes'
import { api, expectProblem } from '../test/api'
import { signIn, standardSession, type StandardUser, type TestSession } from '../test/users'
import type { Access, Route } from './route'
import { COOKIE } from './session'

const TOTAL_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 4000)
const RUNS_PER_ROUTE = Math.max(25, Math.ceil(TOTAL_REQUESTS / routes.length))
const BASE_SEED = 20_261_123
/** requests in flight at once */
const CONCURRENCY = 8

/** An id no row has: requests that pass validation on a write must still change nothing. */
const ABSENT_ID = '2147483647'

// ---------------------------------------------------------------------------------------------------------------
// Valid values from a zod schema, through its JSON Schema (the same one the OpenAPI document publishes).

interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  enum?: unknown[]
  const?: unknown
  format?: string
  pattern?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  $ref?: string
  $defs?: Record<string, JsonSchema>
}

interface Shape {
  root: JsonSchema
  defs: Record<string, JsonSchema>
}

function shapeOf(schema: z.ZodType | undefined): Shape | undefined {
  if (!schema) return undefined
  try {
    const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
    return { root, defs: root.$defs ?? {} }
  } catch {
    return { root: {}, defs: {} } // not expressible as JSON Schema: anything is a starting point
  }
}

function resolve(schema: JsonSchema, defs: Record<string, JsonSchema>): JsonSchema {
  let s = schema
  for (let i = 0; s.$ref && i < 20; i++) s = defs[s.$ref.replace('#/$defs/', '')] ?? {}
  return s
}

const LETTERS = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäö -')

function validValue(schema: JsonSchema, defs: Record<string, JsonSchema>): fc.Arbitrary<unknown> {
  const s = resolve(schema, defs)
  const choices = s.anyOf ?? s.oneOf
  if (choices) return fc.oneof(...choices.map((c) => validValue(c, defs)))
  if (s.const !== undefined) return fc.constant(s.const)
  if (s.enum) return fc.constantFrom(...s.enum)
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((type) => validValue({ ...s, type }, defs)))
  switch (s.type) {
    case 'string':
      if (s.format === 'date')
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10))
      if (s.format === 'date-time')
        return fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString())
      if (s.format === 'email') return fc.constantFrom('fuzz@example.se', 'Fuzz.Test@example.se')
      if (s.format === 'uuid') return fc.uuid()
      if (s.format === 'uri') return fc.constant('https://example.se/')
      if (s.pattern) return fc.stringMatching(new RegExp(s.pattern), { maxLength: s.maxLength ?? 40 })
      return fc.string({ unit: LETTERS, minLength: Math.max(1, s.minLength ?? 0), maxLength: Math.max(1, Math.min(s.maxLength ?? 40, 40)) })
    case 'integer': {
      const min = s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : (s.minimum ?? -1000)
      const max = s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : (s.maximum ?? 100_000)
      return fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) })
    }
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true })
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array':
      return fc.uniqueArray(validValue(s.items ?? {}, defs), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 5, 5) })
    case 'object': {
      const properties = s.properties ?? {}
      const model = Object.fromEntries(Object.entries(properties).map(([key, p]) => [key, validValue(p, defs)]))
      return fc.record(model, { requiredKeys: (s.required ?? []).filter((key) => key in properties) })
    }
    default:
      return fc.constant(null) // unrepresentable ('any'): as good a start as anything
  }
}

const propertiesOf = (shape: Shape | undefined) => (shape ? (resolve(shape.root, shape.defs).properties ?? {}) : {})
const requiredOf = (shape: Shape | undefined) => (shape ? (resolve(shape.root, shape.defs).required ?? []) : [])

// ---------------------------------------------------------------------------------------------------------------
// The invalid kinds, by hand.

const NANISH = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1e309',
  '0x1F',
  '0b101',
  '1_000',
  '١٢٣',
  '+1',
  '-0',
  '1.5',
  '1,5',
  '',
  ' ',
  '\t',
  '9007199254740993',
  '2147483648',
  '-1',
  '0',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '１２',
  '2025-02-30',
  '2025-13-01',
  '0000-00-00',
  '2025-1-1',
]
const ODD_NUMBERS = [-1, 0, -0, 0.5, 1.5, -2147483648, 2147483648, 2 ** 53 + 2, 1e308, -1e308, Number.MIN_VALUE, 1e-7]
const ODD_TEXT = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202eevil',
  'a\u200bb',
  '\ufeff',
  `e${'\u0301'.repeat(500)}`,
  '𝕏😀👩‍👩‍👧',
  '\u2028\u2029',
  '\r\n\t',
  'İıßẞ',
  '\uffff\ufffe',
  '\u{10ffff}',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '"; DROP TABLE "Goal"; --',
  '%00%ff',
  '${7*7}{{7*7}}',
  '../../../etc/passwd',
  '\u0085\u00a0\u3000',
  'ﷺ'.repeat(50),
  '\u0007\u001b[31m',
]
/** Path and query segments sent as they are: percent-garbage that no encoder would produce. */
const RAW_SEGMENTS = [
  '%',
  '%%',
  '%2',
  '%ZZ',
  '%00',
  '%FF',
  '%C0%AF',
  '%ED%A0%80',
  '%E0%A4%A',
  '%u0041',
  '%0A',
  '%20',
  '1%20',
  '%F0%9F%98%80',
]
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString']
const EXTRA_KEYS = [
  ...PROTO_KEYS,
  'isAdmin',
  'role',
  'id',
  'createdAt',
  'archivedAt',
  'organisationIds',
  '',
  ' ',
  'a.b',
  '$where',
  'ÅÄÖ',
  '😀',
]

/** A stand-in for a value nested `depth` deep, written straight into the JSON text (JSON.stringify would overflow). */
class Deep {
  constructor(
    readonly depth: number,
    readonly shape: 'array' | 'object',
  ) {}
  json() {
    return this.shape === 'array'
      ? `${'['.repeat(this.depth)}1${']'.repeat(this.depth)}`
      : `${'{"a":'.repeat(this.depth)}1${'}'.repeat(this.depth)}`
  }
}
const deep = fc
  .record({ depth: fc.constantFrom(100, 5_000, 50_000), shape: fc.constantFrom('array' as const, 'object' as const) })
  .map(({ depth, shape }) => new Deep(depth, shape))
const huge = fc
  .record({ n: fc.constantFrom(301, 2_001, 20_001, 100_000, 300_000), unit: fc.constantFrom('x', 'å', '😀', ' ', '\u0301') })
  .map(({ n, unit }) => unit.repeat(n))

const badJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...NANISH), weight: 4 },
  { arbitrary: fc.constantFrom(...ODD_NUMBERS), weight: 3 },
  { arbitrary: fc.constantFrom(null, true, false), weight: 2 },
  { arbitrary: fc.constantFrom(...ODD_TEXT), weight: 4 },
  { arbitrary: fc.constantFrom({}, [], [null], [[]], { a: 1 }, [1, 1], [-1], [2 ** 31], ['1'], [{}], { id: 1 }), weight: 3 },
  { arbitrary: huge, weight: 1 },
  { arbitrary: fc.constantFrom(501, 5_000).map((n) => Array.from({ length: n }, (_, i) => i + 1)), weight: 1 },
  { arbitrary: deep, weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
)

/** A JSON text; Deep values are written in place and `__proto__` stays an own key. */
function toJson(value: unknown): string {
  const deeps: Deep[] = []
  const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Deep ? `\u0001deep${deeps.push(v) - 1}\u0001` : v))
  return text.replace(/"\\u0001deep(\d+)\\u0001"/g, (_, i: string) => deeps[Number(i)].json())
}

/** A copy of `object` with `key` set as an own, enumerable property (so `__proto__` is a key, not the prototype). */
function withKey(object: unknown, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(object !== null && typeof object === 'object' ? object : {}) }
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true })
  return copy
}

/** Percent-encodes text, lone surrogates included (encodeURIComponent throws on those). */
const encode = (text: string) =>
  text
    .split(/(\p{Cs})/u)
    .map((part, i) => (i % 2 ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('')

const badSegment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NANISH.filter((v) => v.trim() !== '')).map(encode), weight: 4 },
  { arbitrary: fc.constantFrom(...RAW_SEGMENTS), weight: 3 },
  { arbitrary: fc.constantFrom(...ODD_TEXT).map(encode), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      '-1',
      '0',
      '-0',
      '2147483648',
      '4294967296',
      '99999999999999999999',
      '1e3',
      '1.5',
      'abc',
      '1;1',
      "1'--",
      '1,2',
      '[]',
      '{}',
    ),
    weight: 3,
  },
  { arbitrary: fc.integer({ min: -(2 ** 53), max: 0 }).map(String), weight: 2 },
  { arbitrary: fc.bigInt({ min: 2n ** 31n, max: 2n ** 80n }).map(String), weight: 2 },
  { arbitrary: fc.constantFrom(300, 2_000).map((n) => '9'.repeat(n)), weight: 1 },
  {
    arbitrary: fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
      .filter((s) => s !== '.' && s !== '..')
      .map(encode),
    weight: 2,
  },
)

const badQueryValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NANISH).map(encode), weight: 4 },
  { arbitrary: fc.constantFrom(...RAW_SEGMENTS), weight: 3 },
  { arbitrary: fc.constantFrom(...ODD_TEXT).map(encode), weight: 3 },
  { arbitrary: fc.integer({ min: -(2 ** 53), max: 2 ** 53 }).map(String), weight: 2 },
  { arbitrary: fc.constantFrom(101, 300, 3_000).map((n) => 'x'.repeat(n)), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map(encode), weight: 2 },
)

const INVALID_JSON = [
  '{',
  '}',
  '{"a":}',
  "{'a':1}",
  '{"a":1,}',
  '[1,]',
  'NaN',
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":undefined}',
  '{"a":1}{"b":2}',
  '{"a":"\\u00"}',
  '{"a":"\\x41"}',
  '{"a":01}',
  '// x\n{}',
  ' ',
  '\u0000',
  '{"a":"xxxxx',
  `${'['.repeat(100_000)}`,
  '{"__proto__":',
  '"',
  'null',
  '1',
  '"text"',
  'true',
  '{"a" 1}',
  '\u00ff\u00fe{\u0000}',
]
/** Whole bodies that are JSON but not an object of the right shape. */
const WRONG_BODIES: unknown[] = [
  [],
  [{}],
  [null],
  {},
  { version: 1, extra: { nested: [1, { deeper: true }] } },
  new Deep(50_000, 'array'),
  new Deep(20_000, 'object'),
]

// ---------------------------------------------------------------------------------------------------------------
// A request and what it is expected to reach.

type Caller = StandardUser | 'anonymous'
const CALLERS: Caller[] = ['anonymous', 'opk', 'coordinator', 'steering']
const ROLE_OF: Record<StandardUser, string> = { opk: 'opk_staff', coordinator: 'coordinator', steering: 'steering_group' }

interface Parts {
  kind: string
  params: Record<string, string>
  query: string
  body?: { text: string; type: string }
  headers: Record<string, string>
  /** refused by middleware before any route (charset, encoding, size, CSRF), given the method and caller */
  refused?: (method: string, signedIn: boolean) => boolean
  /** the session cookie is replaced: the request arrives signed out */
  signedOut?: boolean
}

class Probe {
  constructor(
    readonly route: Route,
    readonly caller: Caller,
    readonly parts: Parts,
  ) {}
  get url() {
    const path = this.route.path.replace(/:(\w+)/g, (_, name: string) => this.parts.params[name] ?? ABSENT_ID)
    return `/api/v1${path}${this.parts.query ? `?${this.parts.query}` : ''}`
  }
  describe() {
    const cut = (text: string) =>
      text.length > 300 ? `${JSON.stringify(text.slice(0, 300))}… (${text.length} chars)` : JSON.stringify(text)
    return `${this.parts.kind} as ${this.caller}: ${this.route.method.toUpperCase()} ${cut(this.url)} headers ${JSON.stringify(this.parts.headers)}${
      this.parts.body ? ` body (${this.parts.body.type}) ${cut(this.parts.body.text)}` : ''
    }`
  }
}

const INVALID = Symbol('invalid')

/** The body as express.json leaves it: {} for an empty one, INVALID when it refuses (strict: objects and arrays only). */
function parsedBody(body: Parts['body']): unknown {
  if (!body || !/^application\/json\b/.test(body.type)) return undefined
  const text = body.text.replace(/^\ufeff/, '')
  if (text === '') return {}
  if (!/^[\s]*[[{]/.test(text)) return INVALID
  try {
    return JSON.parse(text)
  } catch {
    return INVALID
  }
}

function decodedParams(params: Record<string, string>): Record<string, string> | typeof INVALID {
  try {
    return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, decodeURIComponent(value)]))
  } catch {
    return INVALID
  }
}

const allowed = (access: Access, caller: Caller) =>
  access === 'public' || (caller !== 'anonymous' && (access === 'signed-in' || (access as readonly string[]).includes(ROLE_OF[caller])))

/**
 * Whether the request would pass every check before the handler. A write that would is never sent: the fuzz must
 * change nothing (the audit-trail check at the end holds this mirror honest).
 */
function reachesHandler(probe: Probe): boolean {
  const { route: r, parts } = probe
  const caller = parts.signedOut ? 'anonymous' : probe.caller
  if (parts.refused?.(r.method, caller !== 'anonymous')) return false
  if (!allowed(r.access, caller)) return false
  const body = parsedBody(parts.body)
  if (body === INVALID) return false
  if (r.params) {
    const params = decodedParams(parts.params)
    if (params === INVALID || !r.params.safeParse(params).success) return false
  }
  if (r.query && !r.query.safeParse(parseQuery(parts.query)).success) return false
  if (r.body && !r.body.safeParse(body ?? {}).success) return false
  return true
}

const json = (value: unknown) => ({ text: toJson(value), type: 'application/json' })

/** A query parameter, already percent-encoded; a null value is a bare key (`?page`). */
type Pair = [string, string | null]
const joinQuery = (pairs: Pair[]) => pairs.map(([k, v]) => (v === null ? k : `${k}=${v}`)).join('&')

/** The kinds of invalid request that fit a route, each with its weight. */
function requestKinds(r: Route): fc.WeightedArbitrary<Parts>[] {
  const paramNames = [...r.path.matchAll(/:(\w+)/g)].map((m) => m[1])
  const paramShape = propertiesOf(shapeOf(r.params))
  const paramBase = Object.fromEntries(paramNames.map((name) => [name, ABSENT_ID]))
  for (const name of paramNames) if (paramShape[name] && resolve(paramShape[name], {}).type === 'string') paramBase[name] = 'fuzz'

  const queryShape = shapeOf(r.query)
  const queryKeys = Object.keys(propertiesOf(queryShape))
  const queryBase: fc.Arbitrary<Pair[]> = queryShape
    ? validValue(queryShape.root, queryShape.defs).map((q) =>
        Object.entries((q ?? {}) as object).map(([k, v]): Pair => [k, encode(String(v))]),
      )
    : fc.constant([])

  const bodyShape = shapeOf(r.body)
  const bodyKeys = Object.keys(propertiesOf(bodyShape))
  const required = requiredOf(bodyShape)
  const bodyBase = bodyShape ? validValue(bodyShape.root, bodyShape.defs) : fc.constant(undefined)

  const parts = (kind: string, more: Partial<Parts> = {}): Parts => ({ kind, params: paramBase, query: '', headers: {}, ...more })
  const kinds: fc.WeightedArbitrary<Parts>[] = []
  const add = (weight: number, arbitrary: fc.Arbitrary<Parts>) => kinds.push({ arbitrary, weight })
  /** every middleware refusal happens on a body that is there */
  const always = () => true
  const writes = (method: string) => method !== 'get'

  // Path parameters: negative, overflowing, NaN-ish, percent-garbage, Unicode.
  if (paramNames.length > 0)
    add(
      4,
      fc
        .record({ name: fc.constantFrom(...paramNames), value: badSegment, body: bodyBase })
        .map(({ name, value, body }) =>
          parts(`param ${name}`, { params: { ...paramBase, [name]: value }, body: r.body ? json(body) : undefined }),
        ),
    )

  // Query: a known key with a bad value, repeated keys, brackets, unknown and prototype keys, bare keys.
  if (queryKeys.length > 0)
    add(
      4,
      fc
        .record({ base: queryBase, key: fc.constantFrom(...queryKeys), value: badQueryValue })
        .map(({ base, key, value }) => parts(`query ${key}`, { query: joinQuery([...base.filter(([k]) => k !== key), [key, value]]) })),
    )
  add(
    queryKeys.length > 0 ? 2 : 1,
    fc
      .record({
        base: queryBase,
        extra: fc.oneof(
          fc.constantFrom(...EXTRA_KEYS).map((k): Pair[] => [[encode(k), '1']]),
          fc.constantFrom(...(queryKeys.length > 0 ? queryKeys : ['page'])).chain((k) =>
            fc.constantFrom<Pair[]>(
              [
                [k, '1'],
                [k, '2'],
              ],
              [[`${k}[]`, '1']],
              [[`${k}[a]`, '1']],
              [[k, null]],
              [[k, '']],
              [[`${k}%00`, '1']],
            ),
          ),
          fc.constantFrom<Pair[]>(
            [['constructor[prototype][polluted]', '1']],
            [['__proto__[polluted]', '1']],
            [['', '1']],
            [['%', '%']],
            [['&&', null]],
          ),
        ),
      })
      .map(({ base, extra }) => parts('query extra', { query: joinQuery([...base, ...extra]) })),
  )

  if (r.body) {
    // One field of an otherwise valid body replaced by a bad value.
    if (bodyKeys.length > 0)
      add(
        6,
        fc
          .record({ base: bodyBase, key: fc.constantFrom(...bodyKeys), value: badJsonValue })
          .map(({ base, key, value }) => parts(`body ${key}`, { body: json(withKey(base, key, value)) })),
      )
    // A required field missing.
    if (required.length > 0)
      add(
        2,
        fc.record({ base: bodyBase, key: fc.constantFrom(...required) }).map(({ base, key }) => {
          const { [key]: _, ...rest } = (base ?? {}) as Record<string, unknown>
          return parts(`body without ${key}`, { body: json(rest) })
        }),
      )
    // An extra field, prototype-pollution keys among them.
    add(
      3,
      fc
        .record({
          base: bodyBase,
          key: fc.constantFrom(...EXTRA_KEYS),
          value: fc.oneof(fc.constant({ isAdmin: true, polluted: true }), badJsonValue),
        })
        .map(({ base, key, value }) => parts(`body extra ${JSON.stringify(key)}`, { body: json(withKey(base, key, value)) })),
    )
    add(
      1,
      bodyBase.map((base) =>
        parts('body constructor.prototype', { body: json(withKey(base, 'constructor', { prototype: { polluted: true } })) }),
      ),
    )
    // The whole body the wrong shape: an array, the body inside an array, deep nesting.
    add(
      2,
      fc
        .record({ base: bodyBase, whole: fc.constantFrom(...WRONG_BODIES, 'wrap') })
        .map(({ base, whole }) => parts('body wrong shape', { body: json(whole === 'wrap' ? [base] : whole) })),
    )
    // JSON sent as something else: the body never parses, the schema sees {}.
    add(
      1,
      bodyBase.map((base) => parts('body as text/plain', { body: { text: toJson(base), type: 'text/plain' } })),
    )
  }

  // Not JSON at all (refused by express.json before any route, whatever the method).
  add(
    2,
    fc.constantFrom(...INVALID_JSON).map((text) => parts('invalid JSON', { body: { text, type: 'application/json' } })),
  )

  // Transport: charsets, content encodings, size, cross-site requests, wrong CSRF tokens, mangled cookies.
  const transports: Parts[] = [
    parts('charset latin1', { body: { text: '{}', type: 'application/json; charset=latin1' }, refused: always }),
    parts('charset utf-7', { body: { text: '{}', type: 'application/json; charset=utf-7' }, refused: always }),
    parts('gzip over plain text', {
      body: { text: '{"a":1}', type: 'application/json' },
      headers: { 'Content-Encoding': 'gzip' },
      refused: always,
    }),
    parts('deflate over plain text', {
      body: { text: '{"a":1}', type: 'application/json' },
      headers: { 'Content-Encoding': 'deflate' },
      refused: always,
    }),
    parts('br over plain text', {
      body: { text: '{"a":1}', type: 'application/json' },
      headers: { 'Content-Encoding': 'br' },
      refused: always,
    }),
    parts('unknown encoding', {
      body: { text: '{}', type: 'application/json' },
      headers: { 'Content-Encoding': 'x-fuzz' },
      refused: always,
    }),
    parts('body over 1 MB', { body: { text: `{"a":"${'x'.repeat(1_050_000)}"}`, type: 'application/json' }, refused: always }),
    parts('cross-site Origin', { headers: { Origin: 'https://angripare.example' }, refused: writes }),
    parts('cross-site Sec-Fetch-Site', { headers: { 'Sec-Fetch-Site': 'cross-site' }, refused: writes }),
    parts('wrong CSRF token', { headers: { 'X-CSRF-Token': 'fel-token' }, refused: (method, signedIn) => writes(method) && signedIn }),
    parts('mangled session cookie', { headers: { Cookie: `${COOKIE}=%` }, signedOut: true }),
    parts('bad percent in cookie', { headers: { Cookie: `${COOKIE}=%E0%A4%A; x=%` }, signedOut: true }),
    parts('long unknown session cookie', { headers: { Cookie: `${COOKIE}=${'A'.repeat(4_000)}` }, signedOut: true }),
    parts('form-encoded body', { body: { text: 'a=1&__proto__[x]=1', type: 'application/x-www-form-urlencoded' } }),
  ]
  add(2, fc.constantFrom(...transports))
  return kinds
}

function probes(r: Route): fc.Arbitrary<Probe> {
  // Mostly callers the route lets in (their input is what gets validated), sometimes anyone (401 and 403 first).
  const admitted = CALLERS.filter((caller) => allowed(r.access, caller))
  const caller = fc.oneof({ arbitrary: fc.constantFrom(...admitted), weight: 3 }, { arbitrary: fc.constantFrom(...CALLERS), weight: 1 })
  return fc
    .record({ caller, parts: fc.oneof(...requestKinds(r)) })
    .map(({ caller, parts }) => new Probe(r, caller, parts))
    .filter((probe) => r.method === 'get' || !reachesHandler(probe))
}

// ---------------------------------------------------------------------------------------------------------------
// Sending and judging.

/** What must never be in an answer: a stack frame, SQL, the ORM's name, a path on the server. */
const LEAKS: [string, RegExp][] = [
  ['a stack trace', /\bat (?:async |Object\.|new )?[\w$.<>[\]]+ \(|\n\s+at |at Object\./],
  ['"prisma"', /prisma/i],
  ['SQL', /\bSELECT\b|\bINSERT INTO\b|\bUPDATE "\w+"|\bDELETE FROM\b/],
  ['a file path', /(?:\/(?:work|home|root|usr|app|srv|opt|tmp)\/[\w.-]+\/|node_modules|\b[\w-]+\.(?:ts|js|cjs|mjs):\d+|[A-Z]:\\\\)/],
]

async function send(probe: Probe, sessions: Record<StandardUser, TestSession>) {
  const { route: r, caller, parts } = probe
  const agent = api(caller === 'anonymous' ? 'anonymous' : sessions[caller])
  let test = agent[r.method](probe.url)
  for (const [name, value] of Object.entries(parts.headers)) test = test.set(name, value)
  if (parts.body) test = test.set('Content-Type', parts.body.type).send(parts.body.text)
  return test.buffer(true).parse((res, done) => {
    let text = ''
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => (text += chunk))
    res.on('end', () => done(null, text))
  })
}

function judge(probe: Probe, res: { status: number; headers: Record<string, string>; body: unknown }): string | undefined {
  const text = typeof res.body === 'string' ? res.body : ''
  if (res.status >= 500) return `answered ${res.status}`
  for (const [what, pattern] of LEAKS) if (pattern.test(text)) return `answer contains ${what}`
  if (res.status < 400) return undefined
  if (!/^application\/problem\+json\b/.test(res.headers['content-type'] ?? ''))
    return `a ${res.status} as ${res.headers['content-type']}, not problem+json`
  let problem: Record<string, unknown>
  try {
    problem = JSON.parse(text)
  } catch {
    return `a ${res.status} whose body is not JSON`
  }
  const missing = ['type', 'title', 'detail'].filter((key) => typeof problem[key] !== 'string' || problem[key] === '')
  if (missing.length > 0 || problem.status !== res.status)
    return `a ${res.status} problem without ${[...missing, ...(problem.status !== res.status ? ['status'] : [])].join(', ')}`
  return undefined
}

const seedOf = (r: Route) => [...`${r.method} ${r.path}`].reduce((hash, c) => (Math.imul(hash, 31) + c.charCodeAt(0)) | 0, BASE_SEED)

let auditEventsBefore = 0
let sent = 0
const statuses = new Map<number, number>()
const started = Date.now()

beforeAll(async () => {
  auditEventsBefore = await db().auditEvent.count()
})

/** Runs `task` over `items`, `width` at a time (the requests wait on the database far more than on the CPU). */
async function inParallel<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i])
    }
  }
  await Promise.all(Array.from({ length: width }, worker))
  return results
}

describe.each(routes.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s', (_name, r) => {
  it('answers invalid input with a 4xx problem, never a 5xx, and leaks nothing', async () => {
    // Fresh sessions of the standard users: a route such as POST /auth/logout ends the session it is called with.
    const sessions = Object.fromEntries(
      await Promise.all(
        (['opk', 'coordinator', 'steering'] as const).map(async (name) => [name, await signIn(standardSession(name).userId)]),
      ),
    ) as Record<StandardUser, TestSession>
    // The same seed gives the same requests, in the same order: a failure below reproduces on the next run.
    const batch = fc.sample(probes(r), { seed: seedOf(r), numRuns: RUNS_PER_ROUTE })
    const failures = await inParallel(batch, CONCURRENCY, async (probe) => {
      const res = await send(probe, sessions)
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      const failure = judge(probe, res)
      return failure ? `${failure}\n  request: ${probe.describe()}\n  answer: ${res.status} ${String(res.body).slice(0, 500)}` : undefined
    })
    sent += batch.length
    expect(failures.filter(Boolean).slice(0, 5)).toEqual([])
  })
})

describe('found by the fuzz run (each was a 500)', () => {
  it('400 for a NUL character, which PostgreSQL cannot store; nothing written', async () => {
    const before = await db().organisation.count()
    const res = await api().post('/api/v1/organisations').send({ kind: 'authority', name: 'a\u0000b', shortName: 'ok' })
    expectProblem(res, 400, 'validation-failed', ['name'])
    expect(await db().organisation.count()).toBe(before)
  })

  it('400 for a lone UTF-16 surrogate (it was stored as U+FFFD), in the body and in the query', async () => {
    expectProblem(await api().post('/api/v1/organisations').send({ kind: 'authority', name: 'a\ud800b' }), 400, 'validation-failed', [
      'name',
    ])
    expectProblem(await api().get('/api/v1/organisations?search=%00'), 400, 'validation-failed', ['search'])
  })

  it('400 for a path segment that does not percent-decode', async () => {
    expectProblem(await api().get('/api/v1/organisations/%'), 400, 'validation-failed')
    expectProblem(await api().post('/api/v1/goals/%E0%A4%A/archive'), 400, 'validation-failed')
  })

  it('400 for a body that does not inflate (Content-Encoding: gzip over plain text)', async () => {
    const res = await api()
      .post('/api/v1/organisations')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send('{"kind":"authority"}')
    expectProblem(res, 400, 'malformed-json')
  })

  it('a session cookie that does not percent-decode is no session', async () => {
    const res = await api('anonymous').get('/api/v1/auth/session').set('Cookie', `${COOKIE}=%`)
    expect({ status: res.status, stage: res.body.stage }).toEqual({ status: 200, stage: 'signed-out' })
  })
})

describe('after the fuzz run', () => {
  it('nothing was written: the audit trail has no new event', async () => {
    expect(await db().auditEvent.count()).toBe(auditEventsBefore)
    // The run's size and answers, for the record (FUZZ_REQUESTS scales it).
    process.stdout.write(
      `fuzz: ${sent} requests over ${routes.length} routes in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}\n`,
    )
  })
})
