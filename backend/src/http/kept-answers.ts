// Answers of read routes kept per process while the database is unchanged (db/changes.ts), as the bytes sent.
// A repeated request then costs the session lookup, which reads the change counter too, and nothing else: no
// statement, no serialisation (the national coverage matrix is 13 000 cells). Concurrent requests for the same
// answer share one computation. A route opts in with `keep` (http/route.ts), naming what besides its path, params
// and query its answer depends on.
import { createHash } from 'node:crypto'
import { cacheOf, changeCounter, readChanges, type Changes } from '../db/changes'

/** An answer as sent: its JSON bytes and their entity tag. */
export interface KeptAnswer {
  body: Buffer
  etag: string
}

/** Bytes of answers kept per process (a list page is a few kB; the national coverage matrix, measured, 5.3 MB). */
const BYTES = 64 * 1024 * 1024
/** Answers being computed, shared with the requests that ask for them meanwhile. */
const COMPUTING = 64

function asSent(result: unknown): KeptAnswer {
  const body = Buffer.from(JSON.stringify(result))
  return { body, etag: `W/"${body.length.toString(16)}-${createHash('sha1').update(body).digest('base64').slice(0, 27)}"` }
}

/**
 * The answer under `key` while the database stays as it was at `start` (read now when not given), computed by
 * `compute` when not kept. It is kept only when `start` was settled and the counter has not moved by the time it
 * was computed (one statement more, on the computing request only).
 */
export async function keptAnswer(key: string, start: Changes | undefined, compute: () => Promise<unknown>): Promise<KeptAnswer> {
  const at = start ?? (await readChanges())
  const full = `${at.changes}\n${key}`
  const answers = cacheOf<KeptAnswer>('answers', BYTES, (answer) => answer.body.length)
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
