import { rmSync } from 'node:fs'

export default async function globalTeardown() {
  const pg = globalThis.__TEST_PG__
  if (!pg?.server) return
  await pg.server.stop()
  if (pg.dir) rmSync(pg.dir, { recursive: true, force: true })
}
