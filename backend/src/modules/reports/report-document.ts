// A report as an export document (backend/src/exports): the PDF's text — title, period, approval, summary, goal
// fulfilment, the change since the previous report, the analyses, coverage per organisation and goal, attention
// flags, indicators — and the workbook's sheets (report-tables.ts), the first of which is also the CSV. A draft is
// marked as one on every page.
import type { ReportDetail } from '@uppfoljning/contract'
import type { Block, Column, ExportDocument } from '../../exports/document'
import { formatDay, formatNumber, formatPercent, formatPoints, MISSING } from '../../exports/format'
import {
  attentionCategories,
  attentionLines,
  attentionTable,
  coverageGrid,
  coverageTable,
  goalLines,
  goalTable,
  indicatorLines,
  indicatorTable,
  organisationTable,
} from './report-tables'

/** Paragraphs of free text, separated by blank lines. */
const paragraphs = (text: string): Block[] => text.split(/\n\s*\n/).map((p) => ({ text: p.trim() }))

function goalsSection(report: ReportDetail): Block[] {
  const since = report.changes !== null
  const widths = since ? [64, 56, 52, 46, 54, 52] : [64, 60, 56, 50, 58]
  const columns: Column[] = [
    { header: 'Mål', kind: 'text', pdfWidth: '*' },
    ...(
      [
        ['Genomförande', 'percent'],
        ['Föregående period', 'percent'],
        ['Förändring', 'change'],
        ['Täckning', 'percent'],
        ['Bidrag', 'share'],
        ...(since ? [['Sedan förra rapporten', 'change']] : []),
      ] as [string, Column['kind']][]
    ).map(([header, kind], i): Column => ({ header, kind, pdfWidth: widths[i] })),
  ]
  return [
    { heading: 'Måluppfyllelse' },
    {
      text: 'Genomförande är hur långt aktiviteterna har kommit enligt uppföljningarna (medelvärde över målets åtgärder). Täckning är andelen av de förväntade bidragen – åtgärd och organisation – där organisationen har en aktiv aktivitet. Förändringar anges i procentenheter; – betyder att underlag saknas.',
      style: 'note',
    },
    {
      table: {
        name: 'Måluppfyllelse',
        columns,
        rows: goalLines(report).map((l) => ({
          values: [
            l.goalId === null ? l.title : `${l.code} ${l.title}`,
            l.progress,
            l.previous,
            l.change,
            l.coverage,
            { covered: l.covered, expected: l.expected },
            ...(since ? [l.sinceReport] : []),
          ],
          indent: l.subGoal,
          bold: l.goalId === null,
        })),
      },
    },
  ]
}

function changesSection(report: ReportDetail): Block[] {
  const { changes } = report
  if (!changes) return []
  const gap = (g: { code: string; title: string; organisation: { name: string } }) => `${g.code} ${g.title} – ${g.organisation.name}`
  return [
    { heading: 'Förändring sedan förra rapporten' },
    {
      text: `Jämfört med ${changes.previousReport.title} (${changes.previousReport.period.name}): genomförandet i hela länet har gått från ${formatPercent(changes.county.progress.before)} till ${formatPercent(changes.county.progress.now)} (${formatPoints(changes.county.progress.change)} procentenheter), täckningen från ${formatPercent(changes.county.coverage.before)} till ${formatPercent(changes.county.coverage.now)} (${formatPoints(changes.county.coverage.change)} procentenheter).`,
    },
    { heading: 'Nya luckor', level: 3 },
    { list: changes.newGaps.map(gap), empty: 'Inga nya luckor.' },
    { heading: 'Stängda luckor', level: 3 },
    { list: changes.closedGaps.map(gap), empty: 'Inga luckor har stängts.' },
  ]
}

function coverageSection(report: ReportDetail): Block[] {
  const grid = coverageGrid(report)
  if (grid.rows.length === 0)
    return [
      { heading: 'Täckning per organisation och mål' },
      { text: 'Inga organisationer förväntas bidra under perioden.', style: 'note' },
    ]
  return [
    { heading: 'Täckning per organisation och mål', pageBreak: true },
    {
      text: 'Andelen av de åtgärder organisationen förväntas bidra till där den har en aktiv aktivitet; – där inget förväntas.',
      style: 'note',
    },
    {
      table: {
        name: 'Täckning per mål',
        columns: [
          { header: 'Organisation', kind: 'text' },
          ...grid.goals.map((g): Column => ({ header: `Mål ${g.code}`, kind: 'percent' })),
          { header: 'Totalt', kind: 'percent' },
        ],
        rows: grid.rows.map((r) => [r.organisation, ...r.cells.map((c) => c.coverage), r.total.coverage]),
      },
    },
    { list: grid.goals.map((g) => `Mål ${g.code}: ${g.title}`), style: 'note' },
  ]
}

function attentionSection(report: ReportDetail): Block[] {
  const lines = attentionLines(report)
  return [
    { heading: 'Att uppmärksamma' },
    ...Object.values(attentionCategories).flatMap((category): Block[] => {
      const items = lines.filter((l) => l.category === category)
      return [
        { heading: `${category} (${items.length})`, level: 3 },
        {
          list: items.map((l) =>
            l.organisation && l.organisation !== l.subject ? `${l.subject} – ${l.organisation}. ${l.detail}` : `${l.subject}. ${l.detail}`,
          ),
          empty: 'Inget att uppmärksamma.',
        },
      ]
    }),
  ]
}

function indicatorSection(report: ReportDetail): Block[] {
  const county = indicatorLines(report).filter((i) => i.scope === 'Hela länet')
  if (county.length === 0) return []
  // with the unit: these cells are text already
  const value = (v: number | null, unit: string) => (v === null ? MISSING : `${formatNumber(v)} ${unit}`)
  return [
    { heading: 'Indikatorer för hela länet' },
    {
      table: {
        name: 'Indikatorer',
        columns: [
          { header: 'Indikator', kind: 'text' },
          { header: 'Utgångsvärde', kind: 'number' },
          { header: 'Målvärde', kind: 'number' },
          { header: 'Värde', kind: 'number' },
          { header: 'Av vägen till målet', kind: 'percent' },
          { header: 'Trend', kind: 'text', pdfWidth: 'auto' },
        ],
        rows: county.map((i) => [
          `${i.name} (${i.direction.toLowerCase()})`,
          value(i.baseline, i.unit),
          value(i.target, i.unit),
          i.suppressed ? '<5' : value(i.value, i.unit),
          i.ratio,
          i.trend === null ? MISSING : `${formatNumber(i.trend)} (${i.verdict})`,
        ]),
      },
    },
  ]
}

function analysisSection(report: ReportDetail): Block[] {
  const analysed = goalLines(report).filter((l) => l.analysis.trim() !== '')
  return [
    { heading: 'Analys per mål' },
    ...(analysed.length
      ? analysed.flatMap((l): Block[] => [{ heading: `${l.code} ${l.title}`, level: 3 }, ...paragraphs(l.analysis)])
      : [{ text: 'Inga analyser har skrivits.', style: 'note' } as Block]),
  ]
}

/** The report as an export document: what its PDF, workbook and CSV hold. */
export function reportDocument(report: ReportDetail): ExportDocument {
  const { period, strategy } = report
  const context = report.snapshot.goals
  const draft = report.status === 'draft'
  const goals = goalTable(report)
  return {
    title: report.title,
    subject: `Lägesrapport ${period.name}`,
    created: new Date(report.computedAt),
    runningHeader: draft ? `${report.title} – utkast, inte godkänt` : report.title,
    draft,
    blocks: [
      { text: `Lägesrapport för perioden ${period.name} (${period.startsOn} – ${period.endsOn})`, style: 'lead' },
      { text: `Strategi: ${strategy.name}` },
      {
        text: draft ? 'Utkast – inte godkänt av styrgruppen.' : `Godkänd av styrgruppen ${formatDay(report.approvedAt!)}.`,
        style: 'strong',
      },
      {
        text: `Siffrorna beräknades ${formatDay(report.computedAt)}. Aktiviteternas start bedöms per ${context.referenceDate}.${context.previousPeriod ? ` Föregående period: ${context.previousPeriod.name}.` : ''}`,
        style: 'note',
      },
      { heading: 'Sammanfattning' },
      ...(report.summary.trim() ? paragraphs(report.summary) : [{ text: 'Ingen sammanfattning har skrivits.', style: 'note' } as Block]),
      ...goalsSection(report),
      ...changesSection(report),
      ...analysisSection(report),
      ...coverageSection(report),
      ...attentionSection(report),
      ...indicatorSection(report),
    ],
    sheets: [goals, coverageTable(report), organisationTable(report), indicatorTable(report), attentionTable(report)],
    csv: goals,
  }
}
