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

/** Answers kept per process (a list page is a few kB, the national coverage matrix about 1 MB). */
const ANSWERS = 128

function asSent(result: unknown): KeptAnswer {
  const body = Buffer.from(JSON.stringify(result))
  return { body, etag: `W/"${body.length.toString(16)}-${createHash('sha1').update(body).digest('base64').slice(0, 27)}"` }
}

/**
 * The answer under `key` while the database stays as it was at `start` (read now when not given), computed by
 * `compute` when not kept. It is kept only when `start` was settled and the counter has not moved by the time it
 * was computed (one statement more, on the computing request only).
 */
export function keptAnswer(key: string, start: Changes | undefined, compute: () => Promise<unknown>): Promise<KeptAnswer> {
  return (start ? Promise.resolve(start) : readChanges()).then((at) => {
    const answers = cacheOf<Promise<KeptAnswer>>('answers', ANSWERS)
    const full = `${at.changes}\n${key}`
    const kept = answers.get(full)
    if (kept) return kept
    const computing = compute().then(async (result) => {
      const answer = asSent(result)
      if (at.settled && (await changeCounter()) !== at.changes) answers.delete(full)
      return answer
    })
    if (at.settled) {
      answers.set(full, computing)
      computing.catch(() => answers.delete(full)) // an error (404, 422) is not kept
    }
    return computing
  })
}
