// A report as a readable Swedish PDF (pdfmake, Roboto embedded): title, period, approval, summary, goal fulfilment,
// the change since the previous report, coverage per organisation and goal, attention flags, indicators, the
// analyses; page numbers in the footer. A draft is marked as one on every page.
import { dirname, join } from 'node:path'
import type { ReportDetail } from '@uppfoljning/contract'
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import pdfmake = require('pdfmake')
import { formatDay, formatNumber, formatPercent, formatPoints, formatShare, MISSING } from './report-format'
import { attentionCategories, attentionLines, coverageGrid, goalLines, indicatorLines } from './report-tables'

const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto')
pdfmake.setFonts({
  Roboto: {
    normal: join(fontDir, 'Roboto-Regular.ttf'),
    bold: join(fontDir, 'Roboto-Medium.ttf'),
    italics: join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
})
// Nothing a document holds may make the server fetch a URL or read a file: only the embedded font is read.
pdfmake.setUrlAccessPolicy(() => false)
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir))

const header = (text: string): TableCell => ({ text, style: 'tableHeader' })
const number = (text: string): TableCell => ({ text, alignment: 'right' })

/** A table with a repeated header row; `widths` per column. */
function table(head: string[], rows: TableCell[][], widths: (string | number)[]): Content {
  return { table: { headerRows: 1, widths, body: [head.map(header), ...rows], dontBreakRows: true }, layout: 'lightHorizontalLines', style: 'table' }
}

/** Paragraphs of free text, separated by blank lines. */
const paragraphs = (text: string): Content[] => text.split(/\n\s*\n/).map((p) => ({ text: p.trim(), margin: [0, 0, 0, 6] }))

function goalsSection(report: ReportDetail): Content[] {
  const lines = goalLines(report)
  const since = report.changes !== null
  const head = ['Mål', 'Genomförande', 'Föregående period', 'Förändring', 'Täckning', 'Bidrag', ...(since ? ['Sedan förra rapporten'] : [])]
  const rows = lines.map((l) => [
    { text: l.goalId === null ? l.title : `${l.code} ${l.title}`, bold: l.goalId === null, margin: [l.subGoal ? 10 : 0, 0, 0, 0] } as TableCell,
    number(formatPercent(l.progress)),
    number(formatPercent(l.previous)),
    number(formatPoints(l.change)),
    number(formatPercent(l.coverage)),
    number(formatShare(l.covered, l.expected)),
    ...(since ? [number(formatPoints(l.sinceReport))] : []),
  ])
  return [
    { text: 'Måluppfyllelse', style: 'h2' },
    {
      text: 'Genomförande är hur långt aktiviteterna har kommit enligt uppföljningarna (medelvärde över målets åtgärder). Täckning är andelen av de förväntade bidragen – åtgärd och organisation – där organisationen har en aktiv aktivitet. Förändringar anges i procentenheter; – betyder att underlag saknas.',
      style: 'note',
    },
    table(head, rows, since ? ['*', 64, 56, 52, 46, 54, 52] : ['*', 64, 60, 56, 50, 58]),
  ]
}

function changesSection(report: ReportDetail): Content[] {
  const { changes } = report
  if (!changes) return []
  const gap = (g: { code: string; title: string; organisation: { name: string } }) => `${g.code} ${g.title} – ${g.organisation.name}`
  const list = (items: string[], none: string): Content => (items.length ? { ul: items, margin: [0, 0, 0, 6] } : { text: none, style: 'note' })
  return [
    { text: 'Förändring sedan förra rapporten', style: 'h2' },
    {
      text: `Jämfört med ${changes.previousReport.title} (${changes.previousReport.period.name}): genomförandet i hela länet har gått från ${formatPercent(changes.county.progress.before)} till ${formatPercent(changes.county.progress.now)} (${formatPoints(changes.county.progress.change)} procentenheter), täckningen från ${formatPercent(changes.county.coverage.before)} till ${formatPercent(changes.county.coverage.now)} (${formatPoints(changes.county.coverage.change)} procentenheter).`,
      margin: [0, 0, 0, 6],
    },
    { text: 'Nya luckor', style: 'h3' },
    list(changes.newGaps.map(gap), 'Inga nya luckor.'),
    { text: 'Stängda luckor', style: 'h3' },
    list(changes.closedGaps.map(gap), 'Inga luckor har stängts.'),
  ]
}

function coverageSection(report: ReportDetail): Content[] {
  const grid = coverageGrid(report)
  if (grid.rows.length === 0) return [{ text: 'Täckning per organisation och mål', style: 'h2' }, { text: 'Inga organisationer förväntas bidra under perioden.', style: 'note' }]
  return [
    { text: 'Täckning per organisation och mål', style: 'h2', pageBreak: 'before' },
    { text: 'Andelen av de åtgärder organisationen förväntas bidra till där den har en aktiv aktivitet; – där inget förväntas.', style: 'note' },
    table(
      ['Organisation', ...grid.goals.map((g) => `Mål ${g.code}`), 'Totalt'],
      grid.rows.map((r) => [r.organisation, ...r.cells.map((c) => number(formatPercent(c.coverage))), number(formatPercent(r.total.coverage))]),
      ['*', ...grid.goals.map(() => 'auto'), 'auto'],
    ),
    { ul: grid.goals.map((g) => `Mål ${g.code}: ${g.title}`), style: 'note', margin: [0, 4, 0, 0] },
  ]
}

function attentionSection(report: ReportDetail): Content[] {
  const lines = attentionLines(report)
  return [
    { text: 'Att uppmärksamma', style: 'h2' },
    ...Object.values(attentionCategories).flatMap((category): Content[] => {
      const items = lines.filter((l) => l.category === category)
      return [
        { text: `${category} (${items.length})`, style: 'h3' },
        items.length
          ? { ul: items.map((l) => (l.organisation && l.organisation !== l.subject ? `${l.subject} – ${l.organisation}. ${l.detail}` : `${l.subject}. ${l.detail}`)), margin: [0, 0, 0, 6] }
          : { text: 'Inget att uppmärksamma.', style: 'note' },
      ]
    }),
  ]
}

function indicatorSection(report: ReportDetail): Content[] {
  const county = indicatorLines(report).filter((i) => i.scope === 'Hela länet')
  if (county.length === 0) return []
  const value = (v: number | null, unit: string) => (v === null ? MISSING : `${formatNumber(v)} ${unit}`)
  return [
    { text: 'Indikatorer för hela länet', style: 'h2' },
    table(
      ['Indikator', 'Utgångsvärde', 'Målvärde', 'Värde', 'Av vägen till målet', 'Trend'],
      county.map((i) => [
        `${i.name} (${i.direction.toLowerCase()})`,
        number(value(i.baseline, i.unit)),
        number(value(i.target, i.unit)),
        number(i.suppressed ? '<5' : value(i.value, i.unit)),
        number(formatPercent(i.ratio)),
        i.trend === null ? MISSING : `${formatNumber(i.trend)} (${i.verdict})`,
      ]),
      ['*', 'auto', 'auto', 'auto', 'auto', 'auto'],
    ),
  ]
}

function analysisSection(report: ReportDetail): Content[] {
  const analysed = goalLines(report).filter((l) => l.analysis.trim() !== '')
  return [
    { text: 'Analys per mål', style: 'h2' },
    ...(analysed.length
      ? analysed.flatMap((l): Content[] => [{ text: `${l.code} ${l.title}`, style: 'h3' }, ...paragraphs(l.analysis)])
      : [{ text: 'Inga analyser har skrivits.', style: 'note' } as Content]),
  ]
}

/** The document definition: exported for tests that look at the structure rather than the bytes. */
export function reportDocument(report: ReportDetail): TDocumentDefinitions {
  const { period, strategy } = report
  const context = report.snapshot.goals
  const draft = report.status === 'draft'
  return {
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    language: 'sv-SE',
    info: { title: report.title, subject: `Lägesrapport ${period.name}`, author: 'Uppföljning – Operation Kvinnofrid', creator: 'Uppföljning' },
    ...(draft ? { watermark: { text: 'UTKAST', opacity: 0.08, bold: true } } : {}),
    header: () => ({ text: draft ? `${report.title} – utkast, inte godkänt` : report.title, style: 'running', margin: [48, 24, 48, 0] }),
    footer: (currentPage: number, pageCount: number) => ({ text: `Sida ${currentPage} av ${pageCount}`, alignment: 'center', style: 'running', margin: [48, 16, 48, 0] }),
    content: [
      { text: report.title, style: 'h1' },
      { text: `Lägesrapport för perioden ${period.name} (${period.startsOn} – ${period.endsOn})`, style: 'lead' },
      { text: `Strategi: ${strategy.name}`, margin: [0, 0, 0, 4] },
      {
        text: draft ? 'Utkast – inte godkänt av styrgruppen.' : `Godkänd av styrgruppen ${formatDay(report.approvedAt!)}.`,
        bold: true,
        margin: [0, 0, 0, 4],
      },
      {
        text: `Siffrorna beräknades ${formatDay(report.computedAt)}. Aktiviteternas start bedöms per ${context.referenceDate}.${context.previousPeriod ? ` Föregående period: ${context.previousPeriod.name}.` : ''}`,
        style: 'note',
      },
      { text: 'Sammanfattning', style: 'h2' },
      ...(report.summary.trim() ? paragraphs(report.summary) : [{ text: 'Ingen sammanfattning har skrivits.', style: 'note' } as Content]),
      ...goalsSection(report),
      ...changesSection(report),
      ...analysisSection(report),
      ...coverageSection(report),
      ...attentionSection(report),
      ...indicatorSection(report),
    ],
    styles: {
      h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 8] },
      h2: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      lead: { fontSize: 12, margin: [0, 0, 0, 4] },
      note: { fontSize: 9, color: '#444444', margin: [0, 0, 0, 6] },
      running: { fontSize: 8, color: '#555555' },
      table: { fontSize: 9, margin: [0, 0, 0, 8] },
      tableHeader: { bold: true, fillColor: '#eeeeee' },
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
  }
}

/** The report as PDF bytes. */
export function reportPdf(report: ReportDetail): Promise<Buffer> {
  return pdfmake.createPdf(reportDocument(report)).getBuffer()
}
