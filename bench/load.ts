// The load generator, run as a child process (so that it does not share the server's event loop): a fixed number of
// keep-alive connections, each sending the next request as soon as the previous answer has been read, for a fixed
// time. Reports latency percentiles, requests per second and non-2xx answers. Dependency-free (node:http).
import http from 'node:http'

export interface LoadJob {
  url: string
  headers: Record<string, string>
  connections: number
  durationMs: number
  /** keep going past the duration until this many requests were answered (for slow endpoints at 1 connection) */
  minRequests?: number
}

export interface LoadResult {
  connections: number
  seconds: number
  requests: number
  /** requests answered per second */
  rps: number
  /** non-2xx answers and failed requests */
  errors: number
  /** answers by status code ("failed": no answer) */
  statuses: Record<string, number>
  /** the first answer other than 2xx (the start of its body), or why a request failed */
  firstError?: string
  /** latency in ms */
  p50: number
  p95: number
  p99: number
  max: number
  /** CPU ms per request of the app's process and of PostgreSQL, and the share of a core the app's process got (set by the benchmark) */
  cpu?: { appMsPerRequest: number; postgresMsPerRequest: number | null; appShare: number }
}

export const percentile = (sorted: Float64Array | number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

const round = (n: number) => Math.round(n * 100) / 100

/** GETs the URL; the body is read (and kept only for an answer other than 2xx). */
function get(agent: http.Agent, url: URL, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      const status = res.statusCode ?? 0
      let body = ''
      res.on('data', (chunk: Buffer) => {
        if ((status < 200 || status > 299) && body.length < 500) body += chunk.toString()
      })
      res.on('end', () => resolve({ status, body }))
      res.on('error', reject)
    })
    req.on('error', reject)
  })
}

/** Runs one job. Requests still under way when the time is up are waited for and counted. */
export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const url = new URL(job.url)
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections })
  let latencies = new Float64Array(1 << 16)
  let requests = 0
  let errors = 0
  const statuses: Record<string, number> = {}
  let firstError: string | undefined
  const started = performance.now()
  const deadline = started + job.durationMs
  const connection = async () => {
    while (performance.now() < deadline || requests < (job.minRequests ?? 0)) {
      const sent = performance.now()
      let status: number | 'failed'
      try {
        const answer = await get(agent, url, job.headers)
        status = answer.status
        if ((status < 200 || status > 299) && firstError === undefined) firstError = `${status} ${answer.body.slice(0, 300)}`
      } catch (error) {
        status = 'failed'
        firstError ??= String(error)
      }
      statuses[status] = (statuses[status] ?? 0) + 1
      const ok = typeof status === 'number' && status >= 200 && status < 300
      if (requests === latencies.length) {
        const bigger = new Float64Array(latencies.length * 2)
        bigger.set(latencies)
        latencies = bigger
      }
      latencies[requests++] = performance.now() - sent
      if (!ok) errors++
    }
  }
  await Promise.all(Array.from({ length: job.connections }, connection))
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  const sorted = latencies.slice(0, requests).sort()
  return {
    connections: job.connections,
    seconds: round(seconds),
    requests,
    rps: round(requests / seconds),
    errors,
    statuses,
    ...(firstError === undefined ? {} : { firstError }),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[requests - 1] ?? NaN),
  }
}

// As a child process: one job per message, one result back.
if (require.main === module && process.send) {
  process.on('message', (job: LoadJob) => {
    runLoad(job).then(
      (result) => process.send!({ result }),
      (error) => process.send!({ error: String(error) }),
    )
  })
}
