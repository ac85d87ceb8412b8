import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, startEmbeddedPostgres } from '../../db/embedded-postgres'
import { migrateDeploy } from '../../db/migrate'
import { connect, db, disconnect } from '../../db/prisma'
import { loadDemoData } from '../../db/demo-data'
async function main() {
  const pg = await startEmbeddedPostgres({ dir: mkdtempSync(join(tmpdir(), 'uppf-demo-')), port: await freePort(), persistent: false, fast: true })
  try {
    await migrateDeploy(pg.url())
    connect(pg.url(), 4)
    await loadDemoData(db())
    const service = require('./reports.service') as typeof import('./reports.service')
    const user = await db().user.findFirstOrThrow({ where: { role: 'opk_staff' } })
    const steering = await db().user.findFirstOrThrow({ where: { role: 'steering_group' } })
    const periods = await db().reportingPeriod.findMany({ orderBy: { startsOn: 'asc' } })
    console.log(periods.map((p) => [p.id, p.name, p.status]))
    const staff = { id: user.id, role: 'opk_staff' as const, organisationIds: [] }
    let t = Date.now()
    const p0 = periods[periods.length - 2]
    const r0 = await service.createReport({ periodId: p0.id, title: `Lägesrapport ${p0.name}` }, staff)
    const e0 = await service.updateReport(r0.id, { version: 1, summary: 'Sammanfattning.' }, staff)
    await service.approveReport(r0.id, { version: e0.version }, { id: steering.id, role: 'steering_group', organisationIds: [] })
    const p = periods[periods.length - 1]
    const r = await service.createReport({ periodId: p.id, title: `Regional lägesrapport ${p.name}` }, staff)
    console.log('create ms', Date.now() - t, 'bytes', JSON.stringify(r.snapshot).length)
    const goals = r.snapshot.goals.goals
    await service.updateReport(r.id, { version: 1, summary: 'Arbetet mot våld i nära relationer går framåt i länet.\n\nStödet varierar fortfarande med var man bor.', analyses: Object.fromEntries(goals.map((g) => [String(g.goalId), `Analys av ${g.title}: fler organisationer har påbörjat åtgärder än förra året, men täckningen är ojämn.`])) }, staff)
    for (const f of ['pdf', 'xlsx', 'csv'] as const) {
      t = Date.now()
      const file = await service.exportReport(r.id, f, staff)
      console.log(f, Date.now() - t, 'ms', file.body.length)
      writeFileSync(`/tmp/rep/report.${f}`, file.body)
    }
  } finally {
    await disconnect()
    await pg.stop()
  }
}
main().catch((e) => { console.error(e); process.exit(1) })
