// An export document as a readable Swedish PDF (pdfmake, its Roboto font embedded): the title, then the blocks —
// headings, text, lists, tables with a repeated header row, charts drawn as SVG; the running header on every page,
// "Sida n av m" in the footer, and a watermark on a draft.
import { dirname, join } from 'node:path'
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import pdfmake = require('pdfmake')
import { chartSvg } from './chart-svg'
import { isShare, rowOf, type Block, type Column, type ExportDocument, type Table, type Value } from './document'
import { formatNumber, formatPercent, formatPoints, formatShare, MISSING } from './format'

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

const PAGE_MARGIN = 48
/** A4 width less the margins, in points */
const CONTENT_WIDTH = 595.28 - 2 * PAGE_MARGIN

/** A value as the reader sees it in the column. */
export function pdfText(kind: Column['kind'], value: Value): string {
  if (value === null) return MISSING
  if (isShare(value)) return formatShare(value.covered, value.expected)
  if (typeof value === 'string') return value
  switch (kind) {
    case 'percent':
      return formatPercent(value)
    case 'change':
      return formatPoints(value)
    case 'number':
      return formatNumber(value)
    default:
      return String(value)
  }
}

function table(t: Table): Content {
  if (t.rows.length === 0 && t.empty) return { text: t.empty, style: 'note' }
  const shown = t.columns.flatMap((column, index) => (column.pdf === false ? [] : [{ column, index }]))
  // by content, shrunk to fit the page: pdfmake 0.3 lets '*' columns beside 'auto' ones overflow the right margin
  const widths = shown.map(({ column }) => column.pdfWidth ?? 'auto')
  const body: TableCell[][] = [
    shown.map(({ column }) => ({
      text: column.pdfHeader ?? column.header,
      style: 'tableHeader',
      alignment: column.kind === 'text' ? 'left' : 'right',
    })),
    ...t.rows.map((r) => {
      const { values, indent, bold } = rowOf(r)
      return shown.map(({ column, index }, i): TableCell => ({
        text: pdfText(column.kind, values[index] ?? null),
        alignment: column.kind === 'text' ? 'left' : 'right',
        // a figure is never broken over two lines ("35 av" / "108")
        noWrap: column.kind !== 'text',
        bold,
        ...(indent && i === 0 ? { margin: [10, 0, 0, 0] } : {}),
      }))
    }),
  ]
  return { table: { headerRows: 1, widths, body, dontBreakRows: true }, layout: 'lightHorizontalLines', style: 'table' }
}

function block(b: Block): Content {
  if ('heading' in b)
    return { text: b.heading, style: b.level === 3 ? 'h3' : 'h2', headlineLevel: 1, ...(b.pageBreak ? { pageBreak: 'before' } : {}) }
  if ('text' in b) return { text: b.text, style: b.style ?? 'body' }
  if ('list' in b)
    return b.list.length ? { ul: b.list, style: b.style === 'note' ? 'note' : 'body' } : { text: b.empty ?? '', style: 'note' }
  if ('table' in b) return table(b.table)
  return {
    stack: [
      { svg: chartSvg(b.chart, CONTENT_WIDTH), width: CONTENT_WIDTH },
      { text: b.chart.description, style: 'note', margin: [0, 4, 0, 8] },
    ],
    unbreakable: true,
  }
}

/** The blocks as content; a heading stays on the page of the chart it heads (a chart is never split). */
function contentOf(blocks: Block[]): Content[] {
  return blocks.flatMap((b, i): Content[] => {
    const previous = blocks[i - 1]
    if ('chart' in b && previous && 'heading' in previous) return []
    const next = blocks[i + 1]
    if ('heading' in b && next && 'chart' in next) return [{ stack: [block(b), block(next)], unbreakable: true }]
    return [block(b)]
  })
}

/** The document definition: exported for tests that look at the structure rather than the bytes. */
export function pdfDefinition(document: ExportDocument): TDocumentDefinitions {
  const running = document.runningHeader ?? document.title
  return {
    pageSize: 'A4',
    pageMargins: [PAGE_MARGIN, 56, PAGE_MARGIN, 56],
    language: 'sv-SE',
    info: { title: document.title, subject: document.subject, author: 'Uppföljning – Operation Kvinnofrid', creator: 'Uppföljning' },
    ...(document.draft ? { watermark: { text: 'UTKAST', opacity: 0.08, bold: true } } : {}),
    header: () => ({ text: running, style: 'running', margin: [PAGE_MARGIN, 24, PAGE_MARGIN, 0] }),
    footer: (currentPage: number, pageCount: number) => ({
      text: `Sida ${currentPage} av ${pageCount}`,
      alignment: 'center',
      style: 'running',
      margin: [PAGE_MARGIN, 16, PAGE_MARGIN, 0],
    }),
    content: [{ text: document.title, style: 'h1' }, ...contentOf(document.blocks)],
    // a heading is never the last thing on a page: it moves to the next with what it heads
    pageBreakBefore: (node, nodes) => node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
    styles: {
      h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 8] },
      h2: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      lead: { fontSize: 12, margin: [0, 0, 0, 4] },
      body: { margin: [0, 0, 0, 6] },
      strong: { bold: true, margin: [0, 0, 0, 4] },
      note: { fontSize: 9, color: '#444444', margin: [0, 0, 0, 6] },
      running: { fontSize: 8, color: '#555555' },
      table: { fontSize: 9, margin: [0, 0, 0, 8] },
      tableHeader: { bold: true, fillColor: '#eeeeee' },
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
  }
}

/** The document as PDF bytes. */
export function toPdf(document: ExportDocument): Promise<Buffer> {
  return pdfmake.createPdf(pdfDefinition(document)).getBuffer()
}
