// The three writers on one small document, and the charts: how each column kind is written, that a missing figure is
// never 0, and that nothing in a CSV runs as a formula.
import { chartSvg } from './chart-svg'
import { toCsv } from './csv'
import type { ExportDocument, Table } from './document'
import { pdfDefinition, pdfText } from './pdf'
import { workbookRows } from '../test/downloads'
import { toXlsx } from './xlsx'

const table: Table = {
  name: 'Tabell',
  columns: [
    { header: 'Namn', kind: 'text' },
    { header: 'Andel', kind: 'percent' },
    { header: 'Förändring', kind: 'change' },
    { header: 'Värde', kind: 'number' },
    { header: 'Antal', kind: 'integer' },
    { header: 'Bidrag', kind: 'share' },
    { header: 'Bara i arket', kind: 'integer', pdf: false },
  ],
  rows: [
    ['Solna', 0.375, 0.117, 12345.6, 3, { covered: 3, expected: 4 }, 1],
    { values: ['=SUMMA(A1)', null, null, null, null, { covered: 0, expected: 0 }, null], bold: true },
    ['Liten grupp', 0.5, -0.05, '<5', 0, { covered: 1, expected: 2 }, 2],
  ],
}
const document: ExportDocument = {
  title: 'Prov',
  subject: 'Prov',
  created: new Date('2026-01-02T10:00:00Z'),
  blocks: [{ table }],
  sheets: [table],
  csv: { ...table, columns: [...table.columns.slice(0, 6), { header: '@namn', kind: 'text' }] },
}

describe('pdfText', () => {
  it.each([
    ['percent', 0.375, '38\u00a0%'],
    ['change', 0.117, '+12'],
    ['number', 12345.6, '12\u00a0345,6'],
    ['integer', 3, '3'],
    ['share', { covered: 3, expected: 4 }, '3 av 4'],
    ['percent', null, '–'],
    ['number', '<5', '<5'],
  ] as const)('%s %p → %p', (kind, value, text) => expect(pdfText(kind, value)).toBe(text))

  it('leaves out the columns only for the workbook, indents nothing unasked, bolds a total', () => {
    const content = pdfDefinition(document).content as { table?: { body: { text: string; bold?: boolean }[][]; widths: unknown[] } }[]
    const { body, widths } = content[1].table!
    expect(body[0].map((c) => c.text)).toEqual(['Namn', 'Andel', 'Förändring', 'Värde', 'Antal', 'Bidrag'])
    expect(widths).toEqual(['auto', 'auto', 'auto', 'auto', 'auto', 'auto'])
    expect(body[2].map((c) => c.text)).toEqual(['=SUMMA(A1)', '–', '–', '–', '–', '0 av 0'])
    expect(body[2][0].bold).toBe(true)
  })
})

describe('toCsv', () => {
  it('writes semicolons, a BOM, CRLF, decimal comma, (%) headers; missing is empty; formulas neutralised, headers too', async () => {
    const bytes = await toCsv(document)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.subarray(3).toString('utf8').split('\r\n')).toEqual([
      "Namn;Andel (%);Förändring;Värde;Antal;Bidrag;'@namn",
      'Solna;37,5;11,7;12345,6;3;3 av 4;1',
      "'=SUMMA(A1);;;;;0 av 0;",
      'Liten grupp;50;-5;<5;0;1 av 2;2',
      '',
    ])
  })
})

describe('toXlsx', () => {
  it('writes numbers as numbers (a change in points), shares as text, missing as empty cells', async () => {
    const sheets = await workbookRows(await toXlsx(document))
    expect(sheets.get('Tabell')).toEqual([
      ['Namn', 'Andel', 'Förändring', 'Värde', 'Antal', 'Bidrag', 'Bara i arket'],
      ['Solna', 0.375, expect.closeTo(11.7, 10), 12345.6, 3, '3 av 4', 1],
      ['=SUMMA(A1)', undefined, undefined, undefined, undefined, '0 av 0'],
      ['Liten grupp', 0.5, expect.closeTo(-5, 10), '<5', 0, '1 av 2', 2],
    ])
  })
})

describe('chartSvg', () => {
  it('draws no bar for a missing value and shows it as a dash', () => {
    const svg = chartSvg(
      { kind: 'bars', labels: ['Mål 1', 'Mål 2'], series: [{ name: 'Genomförande', values: [0.5, null] }], description: '' },
      400,
    )
    expect(svg.match(/<rect [^>]*height="9"/g)).toHaveLength(1)
    expect(svg).toContain('>–</text>')
    expect(svg).toContain('>50\u00a0%</text>')
  })

  it('breaks a line where a value is missing, and escapes the labels', () => {
    const svg = chartSvg(
      {
        kind: 'lines',
        labels: ['2022', '2023', '2024', '2025'],
        series: [{ name: 'A & B <län>', values: [0.1, null, 0.3, 0.4] }],
        description: '',
      },
      400,
    )
    expect(svg.match(/<polyline /g)).toHaveLength(1)
    expect(svg.match(/<circle /g)).toHaveLength(3)
    expect(svg).toContain('A &amp; B &lt;län&gt;')
  })
})
