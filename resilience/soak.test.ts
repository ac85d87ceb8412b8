// Scenario 3: a coordinator's steady traffic for SOAK_SECONDS (default 120) at SOAK_RATE requests a second
// (default 20): reads of follow-ups and edits of follow-up drafts. Zero errors, every edit kept, and the app's
// resident memory stable: sampled every 10 s right after a full garbage collection (without it V8 let the heap
// grow from 290 to 400 MB over 90 s before collecting back to 266 MB: a saw-tooth that says nothing about leaks),
// the mean of the last third of the samples must stay within SOAK_RSS_GROWTH_MB (default 30) of the first third's.
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { Client, must, type Answer } from './support/client'
import { demoContext } from './support/demo'
import { cpuSeconds, freePort, rssMb, sleep, startApp, tempDir, type AppProcess, type TempDir } from './support/server'

const SECONDS = Number(process.env.SOAK_SECONDS ?? 120)
const RATE = Number(process.env.SOAK_RATE ?? 20)
const GROWTH_MB = Number(process.env.SOAK_RSS_GROWTH_MB ?? 30)
/** the same load before the first sample, so that start-up and JIT warm-up are not counted as growth */
const WARM_UP_SECONDS = 10
const SAMPLE_EVERY_MS = 10_000
const LANES = 10

interface Lane {
  actionId: number
  followUpId: number
  version: number
  busy: boolean
  edits: number
}

describe('soak', () => {
  let dir: TempDir | undefined
  let app: AppProcess | undefined

  afterAll(async () => {
    await app?.stop()
    dir?.remove()
  })

  it(
    `serves ${RATE} requests/s for ${SECONDS} s without an error and with stable memory`,
    async () => {
      dir = tempDir('soak')
      app = await startApp(
        { DATA_DIR: dir.path, EMBEDDED_PG_PORT: String(await freePort()), DEMO_DATA: 'true' },
        { nodeArgs: ['--expose-gc', '-r', join(__dirname, 'support/gc-on-signal.js')] },
      )
      const pid = app.pid
      const client = await Client.signIn(app.url)
      const ctx = await demoContext(client)

      // each lane is one follow-up draft that only one edit at a time touches: an edit never meets a stale version
      const lanes: Lane[] = []
      for (let i = 0; i < LANES; i++) {
        const action = await must(
          client.post(`/implementation-plans/${ctx.planId}/actions`, {
            title: `soak-${i}`,
            measureIds: [ctx.measureIds[i % ctx.measureIds.length]],
          }),
          'action',
          201,
        )
        const followUp = await must(
          client.post(`/plan-actions/${action.id}/follow-ups`, { periodId: ctx.periodId, status: 'ongoing' }),
          'follow-up',
          201,
        )
        lanes.push({ actionId: action.id, followUpId: followUp.id, version: followUp.version, busy: false, edits: 0 })
      }

      const errors: string[] = []
      const latencies: number[] = []
      const settle = (what: string, a: Answer) => {
        latencies.push(a.ms)
        if (a.status < 200 || a.status >= 300) errors.push(`${what}: ${a.status} ${JSON.stringify(a.body ?? a.error).slice(0, 300)}`)
        return a
      }
      const edit = async (lane: Lane, n: number) => {
        lane.busy = true
        const a = settle(
          'PATCH follow-up',
          await client.patch(`/follow-ups/${lane.followUpId}`, {
            version: lane.version,
            progress: n % 101,
            narrative: `Soak, ändring ${n}.`,
          }),
        )
        if (a.status === 200) {
          lane.version = a.body.version
          lane.edits++
        }
        lane.busy = false
      }
      /** request n of the mix: 3 in 10 edit a draft, the rest read one, an action's follow-ups or the organisation's */
      const requestNo = (n: number): Promise<unknown> => {
        const lane = lanes[n % LANES]
        const kind = n % 10
        if (kind < 3 && !lane.busy) return edit(lane, n)
        if (kind < 6) return client.get(`/follow-ups/${lane.followUpId}`).then((a) => settle('GET follow-up', a))
        if (kind < 9) return client.get(`/plan-actions/${lane.actionId}/follow-ups`).then((a) => settle('GET action follow-ups', a))
        return client.get(`/follow-ups?organisationId=${ctx.organisationId}&pageSize=20`).then((a) => settle('GET follow-ups', a))
      }

      const total = (WARM_UP_SECONDS + SECONDS) * RATE
      const pending: Promise<unknown>[] = []
      const started = performance.now()
      const since = () => (performance.now() - started) / 1000 - WARM_UP_SECONDS
      const cpuAtStart = cpuSeconds(pid)

      /** RSS as the load left it, then after a full collection (SIGUSR2, see support/gc-on-signal.js) */
      const samples: { at: number; raw: number; mb: number }[] = []
      let loading = true
      const sample = async () => {
        const raw = rssMb(pid)
        process.kill(pid, 'SIGUSR2')
        await sleep(500)
        samples.push({ at: Math.round(since()), raw, mb: rssMb(pid) })
      }
      const sampler = (async () => {
        for (let next = 0; loading; next += SAMPLE_EVERY_MS / 1000) {
          while (loading && since() < next) await sleep(100)
          if (loading) await sample()
        }
      })()

      for (let n = 0; n < total && errors.length === 0; n++) {
        const wait = (n * 1000) / RATE - (performance.now() - started)
        if (wait > 0) await sleep(wait)
        pending.push(requestNo(n))
      }
      await Promise.all(pending)
      const cpu = cpuSeconds(pid) - cpuAtStart
      loading = false
      await sampler
      await sample()
      const elapsed = (performance.now() - started) / 1000

      // every acknowledged edit is there: a follow-up's version is 1 + its edits
      const stored = await Promise.all(lanes.map((lane) => must(client.get(`/follow-ups/${lane.followUpId}`), 'follow-up')))
      const lostEdits = lanes.filter((lane, i) => stored[i].version !== 1 + lane.edits)

      const third = Math.max(1, Math.floor(samples.length / 3))
      const mean = (xs: { mb: number }[]) => xs.reduce((sum, s) => sum + s.mb, 0) / xs.length
      const first = mean(samples.slice(0, third))
      const last = mean(samples.slice(-third))
      latencies.sort((a, b) => a - b)
      const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))])
      console.log(
        [
          `soak: ${pending.length} requests in ${elapsed.toFixed(1)} s (${(pending.length / elapsed).toFixed(1)}/s, target ${RATE}/s; first ${WARM_UP_SECONDS} s warm-up), ${lanes.reduce((s, l) => s + l.edits, 0)} edits, ${errors.length} errors`,
          `latency ms: p50 ${pct(50)}, p95 ${pct(95)}, p99 ${pct(99)}, max ${pct(100)}; the app used ${Math.round((100 * cpu) / elapsed)} % of one core; machine load average ${loadavg()[0].toFixed(1)}`,
          `RSS MB every ${SAMPLE_EVERY_MS / 1000} s after a full GC: ${samples.map((s) => `${s.at}s ${s.mb.toFixed(1)}`).join(', ')}`,
          `RSS MB as the load left it (before that GC): ${samples.map((s) => s.raw.toFixed(0)).join(', ')}`,
          `RSS mean: first third ${first.toFixed(1)} MB, last third ${last.toFixed(1)} MB (${last - first >= 0 ? '+' : ''}${(last - first).toFixed(1)} MB; bound +${GROWTH_MB} MB)`,
        ].join('\n'),
      )
      expect(errors).toEqual([])
      expect(lostEdits).toEqual([])
      expect(pending.length).toBe(total)
      expect(last - first).toBeLessThanOrEqual(GROWTH_MB)
    },
    (WARM_UP_SECONDS + SECONDS) * 1000 + 90_000,
  )
})
