// Follow-up reports (lägesrapporter): a draft holds the period's figures frozen when computed (report-snapshot.ts)
// and OPK staff's texts; the steering group approves it, which publishes it, and from then on nothing about it
// changes — here every write answers 422, and the database refuses any UPDATE of an approved report and any
// DELETE (prisma/migrations/*_reports). Reads: signed-in users see every report, anyone else the published ones.
import type { ReportChanges, ReportCreate, ReportDetail, ReportQuery, ReportUpdate } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { db, Prisma, type Tx } from '../../db/prisma'
import { activeOnly, expectVersion, pageWindow, updateVersioned } from '../../db/queries'
import { write } from '../../db/write'
import { enforce } from '../../auth/policy'
import { duplicate, notFound, ruleBroken } from '../../errors'
import { changesBetween, goalRows } from './report-changes'
import { reportCsv } from './report-csv'
import { reportPdf } from './report-pdf'
import { APPROVED, reportWrite, type ReportWrite } from './report-policy'
import { computeSnapshot } from './report-snapshot'
import { reportXlsx } from './report-xlsx'
import { analysesOf, presentReport, presentReportDetail, snapshotOf, type Named, type ReportRow } from './reports.presenter'

const WHAT = 'Rapporten'
export { APPROVED }

/** Anyone not signed in sees only published (approved) reports; the others do not exist for them (404). */
const visibleTo = (actor: Actor | null): Prisma.ReportWhereInput => (actor ? {} : { status: 'approved' })

/** Newest first. */
const order: Prisma.ReportOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { id: 'desc' }]

/** The periods (with their strategies) and people the rows name: two queries whatever the number of rows. */
async function namesFor(rows: ReportRow[]): Promise<Named> {
  const [periods, people] = await Promise.all([
    db().reportingPeriod.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.periodId))] } },
      select: { id: true, name: true, startsOn: true, endsOn: true, strategy: { select: { id: true, name: true } } },
    }),
    db().user.findMany({
      where: { id: { in: [...new Set(rows.flatMap((r) => (r.approvedById === null ? [r.authorId] : [r.authorId, r.approvedById])))] } },
      select: { id: true, name: true },
    }),
  ])
  return { periods: new Map(periods.map((p) => [p.id, p])), people: new Map(people.map((p) => [p.id, p.name])) }
}

/** Reports by period, strategy and status, newest first; without their figures. Anonymous callers: published only. */
export async function listReports(query: ReportQuery, actor: Actor | null) {
  const where: Prisma.ReportWhereInput = {
    AND: [
      activeOnly(query),
      visibleTo(actor),
      ...(query.periodId ? [{ periodId: query.periodId }] : []),
      ...(query.strategyId ? [{ strategyId: query.strategyId }] : []),
      ...(query.status ? [{ status: query.status }] : []),
    ],
  }
  const [rows, total] = await Promise.all([
    db().report.findMany({ where, omit: { snapshot: true }, orderBy: order, ...pageWindow(query) }),
    db().report.count({ where }),
  ])
  const named = await namesFor(rows)
  return { items: rows.map((row) => presentReport(row, named, actor)), page: query.page, pageSize: query.pageSize, total }
}

/**
 * The approved report of the strategy's latest period before this report's period (by start date), compared with
 * this one; null when there is none.
 */
async function changesSince(
  row: { id: number; strategyId: number; snapshot: Prisma.JsonValue },
  startsOn: Date,
): Promise<ReportChanges | null> {
  const earlier = await db().reportingPeriod.findMany({
    where: { strategyId: row.strategyId, startsOn: { lt: startsOn } },
    select: { id: true },
    orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
  })
  const approved = await db().report.findMany({
    where: { periodId: { in: earlier.map((p) => p.id) }, status: 'approved', archivedAt: null },
    select: { id: true, periodId: true },
  })
  const latest = earlier.map((p) => approved.find((r) => r.periodId === p.id)).find((r) => r !== undefined)
  if (!latest) return null
  const previous = await db().report.findUniqueOrThrow({
    where: { id: latest.id },
    select: { id: true, title: true, approvedAt: true, snapshot: true },
  })
  const before = snapshotOf(previous)
  return changesBetween(snapshotOf(row), before, {
    id: previous.id,
    title: previous.title,
    period: before.goals.period,
    approvedAt: previous.approvedAt?.toISOString() ?? null,
  })
}

/** One report with its figures and what changed since the previous approved report; 404 when the caller may not see it. */
export async function getReport(id: number, actor: Actor | null): Promise<ReportDetail> {
  const row = await db().report.findFirst({ where: { AND: [{ id }, visibleTo(actor)] } })
  if (!row) throw notFound(WHAT, id)
  const named = await namesFor([row])
  return presentReportDetail(row, named, await changesSince(row, named.periods.get(row.periodId)!.startsOn), actor)
}

const secondReport = (periodName: string) =>
  duplicate(`Perioden ${periodName} har redan en rapport. Arkivera utkastet först om en ny rapport ska skrivas.`, [
    { path: 'periodId', message: 'Perioden har redan en rapport.' },
  ])

/** A unique-index violation (the one live report per period) as a 409; anything else as it was. */
function asSecondReport(error: unknown, periodName: string): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw secondReport(periodName)
  throw error
}

/**
 * Creates a draft report of a period with its figures computed now. Rules: the period exists and is not archived
 * (422 `periodId`); one report per period that is not archived (409 — checked first, and by the database's unique
 * index, so that two simultaneous creates cannot both succeed).
 */
export async function createReport({ periodId, title }: ReportCreate, actor: Actor) {
  const period = await db().reportingPeriod.findUnique({
    where: { id: periodId },
    select: { name: true, strategyId: true, archivedAt: true },
  })
  if (!period) throw ruleBroken(`Uppföljningsperioden med id ${periodId} finns inte.`, 'periodId')
  if (period.archivedAt) throw ruleBroken(`Perioden ${period.name} är arkiverad.`, 'periodId')
  if (await db().report.count({ where: { periodId, archivedAt: null } })) throw secondReport(period.name)
  const snapshot = await computeSnapshot(periodId)
  const id = await write(actor, (tx) =>
    tx.report
      .create({
        data: {
          periodId,
          strategyId: period.strategyId,
          title,
          snapshot: snapshot as unknown as Prisma.InputJsonValue,
          computedAt: new Date(snapshot.computedAt),
          authorId: actor.id,
        },
        select: { id: true },
      })
      .then(
        (r) => r.id,
        (error) => asSecondReport(error, period.name),
      ),
  )
  return getReport(id, actor)
}

/**
 * The stored report for `write` by `actor`: 404 unknown; then report-policy.ts (the same checks as its `can`): 403
 * the role, 422 approved (whatever the version), archived (except to archive or restore).
 */
async function draftFor(tx: Tx, id: number, actor: Actor, write: ReportWrite) {
  const row = await tx.report.findUnique({ where: { id } })
  if (!row) throw notFound(WHAT, id)
  enforce(reportWrite(actor, row, write))
  return row
}

/** The analyses naming a goal that is not in the report's figures. */
const strangers = (analyses: Record<string, string>, row: { snapshot: Prisma.JsonValue }) => {
  const goals = new Set(goalRows(snapshotOf(row)).map((g) => String(g.goalId)))
  return Object.keys(analyses).filter((goalId) => !goals.has(goalId))
}

/**
 * Edits a draft's title, summary and analyses (with version). `analyses` are merged goal by goal, an empty text
 * removing one; each must name a goal of the report (422 `analyses.<goalId>`).
 */
export async function updateReport(id: number, { version, analyses, ...changes }: ReportUpdate, actor: Actor) {
  await write(actor, async (tx) => {
    const row = await draftFor(tx, id, actor, 'edit')
    expectVersion(row, version)
    const data: Prisma.ReportUpdateManyMutationInput = { ...changes }
    if (analyses) {
      const written = Object.fromEntries(Object.entries(analyses).filter(([, text]) => text.trim() !== ''))
      // removing an analysis is always possible, also of a goal the report no longer holds
      const stranger = strangers(written, row)[0]
      if (stranger) throw ruleBroken(`Mål ${stranger} ingår inte i rapporten: analysen kan inte sparas.`, `analyses.${stranger}`)
      const merged = Object.entries({ ...analysesOf(row), ...analyses }).filter(([, text]) => text.trim() !== '')
      data.analyses = Object.fromEntries(merged)
    }
    await updateVersioned(tx.report, WHAT, id, version, data)
  })
  return getReport(id, actor)
}

/**
 * Recomputes a draft's figures now (with version). The figures are computed before the write; a change of the
 * report meanwhile (approved, edited) makes the version stale and the refresh 409, so nothing is overwritten.
 */
export async function refreshReport(id: number, { version }: { version: number }, actor: Actor) {
  const row = await draftFor(db(), id, actor, 'refresh')
  expectVersion(row, version)
  const snapshot = await computeSnapshot(row.periodId)
  await write(actor, (tx) =>
    updateVersioned(tx.report, WHAT, id, version, {
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      computedAt: new Date(snapshot.computedAt),
    }),
  )
  return getReport(id, actor)
}

/**
 * The steering group approves a draft (with version): it is published and never changes again. Rules: it has a
 * summary (422 `summary`); every analysis names a goal of the report (422 `analyses.<goalId>`, e.g. a goal archived
 * before the last refresh).
 */
export async function approveReport(id: number, { version }: { version: number }, actor: Actor) {
  await write(actor, async (tx) => {
    const row = await draftFor(tx, id, actor, 'approve')
    expectVersion(row, version)
    if (row.summary.trim() === '') throw ruleBroken('Skriv en sammanfattning innan rapporten godkänns.', 'summary')
    const stranger = strangers(analysesOf(row), row)[0]
    if (stranger)
      throw ruleBroken(
        `Analysen av mål ${stranger} gäller ett mål som inte längre ingår i rapporten: ta bort den innan rapporten godkänns.`,
        `analyses.${stranger}`,
      )
    await updateVersioned(tx.report, WHAT, id, version, { status: 'approved', approvedAt: new Date(), approvedById: actor.id })
  })
  return getReport(id, actor)
}

/**
 * Archives (a discarded draft, so that the period can get a new report) or restores a draft. An approved report
 * cannot be archived (422); restoring a draft of a period that has another report meanwhile is 409.
 */
export async function archiveReport(id: number, archived: boolean, actor: Actor) {
  await write(actor, async (tx) => {
    const row = await draftFor(tx, id, actor, 'archive')
    // `status: 'draft'` again: an approval committed since the read above leaves the row alone
    const { count } = await tx.report
      .updateMany({ where: { id, status: 'draft' }, data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } } })
      .catch((error) => asSecondReport(error, snapshotOf(row).goals.period.name))
    if (count === 0) throw ruleBroken(APPROVED)
  })
  return getReport(id, actor)
}

export type ExportFormat = 'pdf' | 'xlsx' | 'csv'

export interface ExportFile {
  body: Buffer
  contentType: string
  /** e.g. `Lägesrapport 2025.pdf` */
  filename: string
}

const exporters: Record<ExportFormat, { contentType: string; render: (report: ReportDetail) => Promise<Buffer> }> = {
  pdf: { contentType: 'application/pdf', render: reportPdf },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: reportXlsx },
  csv: { contentType: 'text/csv; charset=utf-8', render: reportCsv },
}

/** A report as a file (PDF, Excel workbook, or the goal table as CSV); the same access as reading it. */
export async function exportReport(id: number, format: ExportFormat, actor: Actor | null): Promise<ExportFile> {
  const report = await getReport(id, actor)
  const { contentType, render } = exporters[format]
  return { body: await render(report), contentType, filename: `Lägesrapport ${report.period.name}.${format}` }
}
