// npm run bench:data -- --scale S|M|L [--database-url postgresql://…] [--fresh]
// Writes one benchmark scale (bench/synthetic.ts) into an empty database and prints how long it took.
// Without --database-url (or DATABASE_URL) it uses an embedded PostgreSQL under .data/bench-<scale>/pg, which the
// app can then run on: DATA_DIR=.data/bench-m npm run dev (no demo data is added: the database has a strategy).
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { freePort, startEmbeddedPostgres, type EmbeddedServer } from '../backend/src/db/embedded-postgres'
import { parseArgs, parseScales } from './args'
import { loadScale } from './bulk-load'
import { SPECS } from './synthetic'

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const scales = parseScales(args.get('scale'), [])
  if (scales.length !== 1) throw new Error('Give one scale: --scale S, --scale M or --scale L.')
  const [scale] = scales
  let url = typeof args.get('database-url') === 'string' ? (args.get('database-url') as string) : process.env.DATABASE_URL
  let embedded: EmbeddedServer | undefined
  if (!url) {
    const dataDir = resolve(`.data/bench-${scale.toLowerCase()}`)
    if (existsSync(dataDir)) {
      if (args.get('fresh') !== true) throw new Error(`${dataDir} exists: remove it or pass --fresh to replace it.`)
      rmSync(dataDir, { recursive: true, force: true })
    }
    mkdirSync(resolve(dataDir, 'pg'), { recursive: true })
    embedded = await startEmbeddedPostgres({ dir: resolve(dataDir, 'pg'), port: await freePort(), persistent: true })
    url = embedded.url()
    console.log(`Embedded PostgreSQL in ${dataDir}/pg`)
  }
  try {
    console.log(`Scale ${scale}: ${SPECS[scale].description}`)
    const report = await loadScale(url, scale, (m) => console.log(m))
    console.log(
      `\nRows: ${Object.entries(report.counts)
        .map(([table, n]) => `${table} ${n.toLocaleString('sv-SE')}`)
        .join(', ')}`,
    )
    const { migrate, write, vacuumAnalyze, total } = report.seconds
    console.log(
      `Loaded in ${total} s (migrations ${migrate} s, rows ${write} s, VACUUM ANALYZE ${vacuumAnalyze} s); audit triggers ${report.triggersOff ? 'off during the load' : 'on'}.`,
    )
    if (embedded) console.log(`Run the app on it: DATA_DIR=.data/bench-${scale.toLowerCase()} npm run dev`)
  } finally {
    await embedded?.stop()
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
