// Answers of read routes kept per process while the database is unchanged (db/changes.ts), as the bytes sent.
// A repeated request then costs the session lookup, which reads the change counter too, and nothing else: no
// statement, no serialisation (the national coverage matrix is 13 000 cells). Concurrent requests for the same
// answer share one computation. A route opts in with `keep` (http/route.ts), naming what besides its path, params
// and query its answer depends on.
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { cacheOf, changeCounter, readChanges, type Changes } from '../db/changes'

/** The compressions a kept answer is sent in (http/route.ts picks one by the request's Accept-Encoding). */
export type Encoding = 'br' | 'gzip'

/** An answer as sent: its JSON bytes, their entity tag, and the compressed bytes made so far. */
export interface KeptAnswer {
  body: Buffer
  etag: string
  /** compressed once, when first asked for, and kept with the answer (about an eighth of its size each) */
  encoded: Partial<Record<Encoding, Promise<Buffer>>>
}

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)
/**
 * Compressing costs far more than sending a kept answer (docs/architecture.md#delivery), so each kept answer is
 * compressed once per encoding, off the event loop, and the bytes kept with it. Brotli at quality 4, as the
 * compression middleware uses for the other answers.
 */
const encoders: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) => brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => gzipped(body),
}

/** The answer's bytes compressed with `encoding`: made at the first request that asks, then reused. */
export const encodedAs = (answer: KeptAnswer, encoding: Encoding): Promise<Buffer> =>
  (answer.encoded[encoding] ??= encoders[encoding](answer.body))

/** Bytes of answers kept per process (a list page is a few kB; the national coverage matrix, measured, 5.3 MB). */
const BYTES = 64 * 1024 * 1024
/** Answers being computed, shared with the requests that ask for them meanwhile. */
const COMPUTING = 64

function asSent(result: unknown): KeptAnswer {
  const body = Buffer.from(JSON.stringify(result))
  return { body, etag: `W/"${body.length.toString(16)}-${createHash('sha1').update(body).digest('base64').slice(0, 27)}"`, encoded: {} }
}

/**
 * The answer under `key` while the database stays as it was at `start` (read now when not given), computed by
 * `compute` when not kept. It is kept only when `start` was settled and the counter has not moved by the time it
 * was computed (one statement more, on the computing request only).
 */
export async function keptAnswer(key: string, start: Changes | undefined, compute: () => Promise<unknown>): Promise<KeptAnswer> {
  const at = start ?? (await readChanges())
  const full = `${at.changes}\n${key}`
  // weighed with the compressed copies it may gain (brotli and gzip, each about an eighth of the JSON)
  const answers = cacheOf<KeptAnswer>('answers', BYTES, (answer) => Math.ceil(answer.body.length * 1.25))
  const computing = cacheOf<Promise<KeptAnswer>>('answers-computing', COMPUTING)
  const kept = answers.get(full) ?? computing.get(full)
  if (kept) return kept
  const answer = compute().then(async (result) => {
    const sent = asSent(result)
    if (at.settled && (await changeCounter()) === at.changes) answers.set(full, sent)
    return sent
  })
  if (at.settled) {
    computing.set(full, answer)
    const done = () => computing.delete(full)
    answer.then(done, done) // an error (404, 422) is not kept
  }
  return answer
}
