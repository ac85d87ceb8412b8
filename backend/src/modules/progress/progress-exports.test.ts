// The exports of the live views, read back as a reader's tools would (pdfjs-dist, exceljs, the CSV's bytes), on
// makeReportWorld (figures in factories.ts): 2025 — goal 1 60 % (2024 20 %), coverage 1 of 2; goal 2 37,5 %, 2 of 2;
// county 48,75 % (20 %), 3 of 4; Håbo (A) 42,5 % (20 %), 2 of 2; Nynäshamn (B) 50 %, 1 of 2 (gap on 1.1).
import { db, queryCount } from '../../db/prisma'
import { asciiName } from '../../exports/download'
import { download, pdfText, workbookRows } from '../../test/downloads'
import { api, expectProblem } from '../../test/api'
import { makeGoal, makeMeasure, makeOrganisation, makePeriod, makeReportWorld, makeStrategy } from '../../test/factories'

const base = '/api/v1/progress'
let w: Awaited<ReturnType<typeof makeReportWorld>>
beforeAll(async () => {
  w = await makeReportWorld()
})

const url = (path: string, query: Record<string, number>) =>
  `${base}${path}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`
const csvLines = (bytes: Buffer) => bytes.subarray(3).toString('utf8').split('\r\n')
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date())
/** The text as a pattern that lets the PDF wrap it anywhere it has a space. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
const disposition = (name: string) => `attachment; filename="${asciiName(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`

async function pdf(path: string, query: Record<string, number>) {
  const res = await download(url(path, query))
  expect(res.status).toBe(200)
  expect(res.headers['content-type']).toBe('application/pdf')
  const pages = await pdfText(res.body)
  pages.forEach((page, i) => expect(page).toContain(`Sida ${i + 1} av ${pages.length}`))
  return { res, text: pages.join('\n') }
}

async function xlsx(path: string, query: Record<string, number>) {
  const res = await download(url(path, query))
  expect(res.status).toBe(200)
  expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  return { res, sheets: await workbookRows(res.body) }
}

async function csv(path: string, query: Record<string, number>) {
  const res = await download(url(path, query))
  expect(res.status).toBe(200)
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
  expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return { res, lines: csvLines(res.body) }
}

describe('GET /api/v1/progress/goals/export.{pdf,xlsx,csv}', () => {
  it("200 PDF: title with the period, the print date, the goal table, the chart, the county's indicators", async () => {
    const { res, text } = await pdf('/goals/export.pdf', { periodId: w.P2025.id })
    expect(res.headers['content-disposition']).toBe(disposition(`Måluppfyllelse ${w.P2025.name}.pdf`))
    expect(text).toContain(`Måluppfyllelse ${w.P2025.name}`)
    expect(text).toContain(`Utskrivet ${today()}.`)
    expect(text).toMatch(
      new RegExp(
        `${escape(w.strategy.name)}\\. Period ${escape(w.P2025.name)} \\(2025-01-01 – 2025-12-31\\), jämförd med\\s+${escape(w.P2024.name)}\\.`,
      ),
    )
    expect(text).toMatch(/1 Förebygga\s+våld\s+60 %\s+20 %\s+\+40\s+50 %\s+1 av 2\s+1/)
    expect(text).toMatch(/2 Skydda och\s+stödja\s+38 %\s+–\s+–\s+100 %\s+2 av 2\s+1/)
    expect(text).toMatch(/Hela länet\s+49 %\s+20 %\s+\+29\s+75 %\s+3 av 4\s+2/)
    expect(text).toContain('Diagrammet visar genomförande och täckning per mål')
    expect(text).toMatch(
      /Andel\s+kommuner\s+som\s+erbjuder\s+stödsamtal\s+\(ska\s+öka\)\s+60 %\s+90 %\s+80 %\s+67 %\s+Nej\s+10\s+\(bättre\)/,
    )
  })

  it('200 XLSX: the goal table and the indicators, numbers as numbers', async () => {
    const { res, sheets } = await xlsx('/goals/export.xlsx', { periodId: w.P2025.id })
    expect(res.headers['content-disposition']).toBe(disposition(`Måluppfyllelse ${w.P2025.name}.xlsx`))
    expect([...sheets.keys()]).toEqual(['Måluppfyllelse', 'Indikatorer'])
    const goals = sheets.get('Måluppfyllelse')!
    expect(goals[0]).toEqual([
      'Kod',
      'Mål',
      'Delmål',
      'Genomförande',
      'Föregående period',
      'Förändring (procentenheter)',
      'Täckning',
      'Förväntade bidrag',
      'Befintliga bidrag',
      'Åtgärder',
      'Räknade aktiviteter',
      'Aktiviteter utan uppföljning',
    ])
    expect(goals[1]).toEqual([
      '1',
      'Förebygga våld',
      undefined,
      expect.closeTo(0.6, 10),
      expect.closeTo(0.2, 10),
      expect.closeTo(40, 10),
      0.5,
      2,
      1,
      1,
      1,
      0,
    ])
    expect(goals[2]).toEqual(['2', 'Skydda och stödja', undefined, 0.375, undefined, undefined, 1, 2, 2, 1, 2, 1])
    expect(goals[3]).toEqual(['', 'Hela länet', undefined, 0.4875, expect.closeTo(0.2, 10), expect.closeTo(28.75, 10), 0.75, 4, 3, 2, 3, 1])
    expect(sheets.get('Indikatorer')![1]).toEqual([
      'Andel kommuner som erbjuder stödsamtal',
      '%',
      'Ska öka',
      60,
      90,
      80,
      expect.closeTo(2 / 3, 10),
      'Nej',
      10,
      'bättre',
    ])
  })

  it('200 CSV: semicolons, a BOM, decimal comma, missing figures empty', async () => {
    const { res, lines } = await csv('/goals/export.csv', { periodId: w.P2025.id })
    expect(res.headers['content-disposition']).toBe(disposition(`Måluppfyllelse ${w.P2025.name}.csv`))
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="maluppfyllelse-2025-[0-9-]+\.csv"/)
    expect(lines).toEqual([
      'Kod;Mål;Delmål;Genomförande (%);Föregående period (%);Förändring (procentenheter);Täckning (%);Förväntade bidrag;Befintliga bidrag;Åtgärder;Räknade aktiviteter;Aktiviteter utan uppföljning',
      '1;Förebygga våld;;60;20;40;50;2;1;1;1;0',
      '2;Skydda och stödja;;37,5;;;100;2;2;1;2;1',
      ';Hela länet;;48,8;20;28,8;75;4;3;2;3;1',
      '',
    ])
  })

  it('200 CSV: text a spreadsheet would run as a formula is neutralised; sub-goals are marked', async () => {
    const strategy = await makeStrategy()
    const goal = await db().goal.create({ data: { strategyId: strategy.id, code: '=1+1', title: '@SUMMA(A1)' } })
    await makeGoal({ strategyId: strategy.id, parentId: goal.id, code: '1.1' })
    const period = await makePeriod({ strategyId: strategy.id })
    const { lines } = await csv('/goals/export.csv', { periodId: period.id })
    expect(lines[1]).toBe("'=1+1;'@SUMMA(A1);;;;;;0;0;0;0;0")
    expect(lines[2]).toMatch(/^1\.1;Mål .*;Ja;/)
  })

  it('404 an unknown period, 400 a malformed one, 401 not signed in: problems, not files', async () => {
    expectProblem(await api().get(url('/goals/export.pdf', { periodId: 999999 })), 404, 'not-found')
    expectProblem(await api().get(`${base}/goals/export.xlsx`), 400, 'validation-failed', ['periodId'])
    expectProblem(await api('anonymous').get(url('/goals/export.csv', { periodId: w.P2025.id })), 401, 'unauthenticated')
  })

  it('runs as many SQL statements as the view, less the check that lets the view keep its answer', async () => {
    // each counted request is the first after a write: nothing of it is cached (db/changes.ts); the view's answer
    // is kept after one more statement (http/kept-answers.ts), a file is not
    const count = async (path: string) => {
      await makeOrganisation({ foreign: true })
      const before = queryCount()
      await api()
        .get(url(path, { periodId: w.P2025.id }))
        .expect(200)
      return queryCount() - before
    }
    const view = await count('/goals')
    for (const format of ['pdf', 'xlsx', 'csv'])
      expect({ format, statements: await count(`/goals/export.${format}`) }).toEqual({ format, statements: view - 1 })
  })
})

describe('GET /api/v1/progress/coverage/export.{pdf,xlsx,csv}', () => {
  it('200 PDF: coverage per goal and organisation, and the gaps', async () => {
    const { res, text } = await pdf('/coverage/export.pdf', { periodId: w.P2025.id })
    expect(res.headers['content-disposition']).toBe(disposition(`Täckning ${w.P2025.name}.pdf`))
    expect(text).toContain(`Täckning ${w.P2025.name}`)
    expect(text).toMatch(/1 Förebygga\s+våld\s+2\s+1\s+50 %/)
    expect(text).toMatch(/Hela länet\s+4\s+3\s+75 %/)
    expect(text).toMatch(new RegExp(`${escape(w.A.name)}\\s+Kommun\\s+2\\s+2\\s+100 %`))
    expect(text).toMatch(new RegExp(`${escape(w.B.name)}\\s+Kommun\\s+2\\s+1\\s+50 %`))
    expect(text).toMatch(new RegExp(`1\\.1\\s+Rutin för frågor om våld\\s+${escape(w.B.name)}`))
  })

  it('200 XLSX and CSV: the matrix, Täckt and Lucka per organisation', async () => {
    const { sheets } = await xlsx('/coverage/export.xlsx', { periodId: w.P2025.id })
    expect([...sheets.keys()]).toEqual(['Täckning per mål', 'Täckning per organisation', 'Luckor', 'Matris'])
    expect(sheets.get('Luckor')).toContainEqual(['1.1', 'Rutin för frågor om våld', w.B.name])
    const matrix = sheets.get('Matris')!
    const m1 = matrix.find((r) => r[0] === '1.1')!
    expect([m1[2], m1[matrix[0].indexOf(w.A.name)], m1[matrix[0].indexOf(w.B.name)]]).toEqual([0.5, 'Täckt', 'Lucka'])

    const { lines } = await csv('/coverage/export.csv', { periodId: w.P2025.id })
    const header = lines[0].split(';')
    expect(header.slice(0, 3)).toEqual(['Åtgärd', 'Titel', 'Täckning (%)'])
    const row = lines.find((l) => l.startsWith('1.1;'))!.split(';')
    expect([row[2], row[header.indexOf(w.A.name)], row[header.indexOf(w.B.name)]]).toEqual(['50', 'Täckt', 'Lucka'])
  })
})

describe('GET /api/v1/progress/map/export.{pdf,xlsx,csv}', () => {
  it("200: the municipalities' figures for a goal, in all three formats", async () => {
    const query = { periodId: w.P2025.id, goalId: w.G1.id }
    const { res, lines } = await csv('/map/export.csv', query)
    expect(res.headers['content-disposition']).toBe(disposition(`Kommuner ${w.P2025.name} mål 1.csv`))
    expect(lines[0]).toBe(
      'Kommun;Kommunkod;Genomförande (%);Föregående period (%);Förändring (procentenheter);Täckning (%);Bidrag;Räknade aktiviteter;Aktiviteter utan uppföljning',
    )
    expect(lines).toContain(`${w.A.name};;60;20;40;100;1 av 1;1;0`)
    expect(lines).toContain(`${w.B.name};;;;;0;0 av 1;0;0`)

    const { sheets } = await xlsx('/map/export.xlsx', query)
    expect(sheets.get('Kommuner')!.find((r) => r[0] === w.A.name)).toEqual([
      w.A.name,
      undefined,
      expect.closeTo(0.6, 10),
      expect.closeTo(0.2, 10),
      expect.closeTo(40, 10),
      1,
      '1 av 1',
      1,
      0,
    ])

    const { text } = await pdf('/map/export.pdf', query)
    expect(text).toContain(`Kommunerna ${w.P2025.name}: mål 1 Förebygga våld`)
    expect(text).toMatch(new RegExp(`${escape(w.A.name)}\\s+–\\s+60 %\\s+20 %\\s+\\+40\\s+100 %\\s+1 av 1`))
  })

  it("400 both a goal and a measure; 404 an unknown goal; 422 another strategy's measure", async () => {
    expectProblem(
      await api().get(url('/map/export.pdf', { periodId: w.P2025.id, goalId: w.G1.id, measureId: w.M1.id })),
      400,
      'validation-failed',
      ['goalId', 'measureId'],
    )
    expectProblem(await api().get(url('/map/export.csv', { periodId: w.P2025.id, goalId: 999999 })), 404, 'not-found')
    expectProblem(
      await api().get(url('/map/export.xlsx', { periodId: w.P2025.id, measureId: (await makeMeasure()).id })),
      422,
      'rule-violated',
      ['measureId'],
    )
  })
})

describe('GET /api/v1/progress/organisations/:id/export.{pdf,xlsx,csv}', () => {
  it('200: its figures, measures, actions and flags', async () => {
    const { res, text } = await pdf(`/organisations/${w.A.id}/export.pdf`, { periodId: w.P2025.id })
    expect(res.headers['content-disposition']).toBe(disposition(`${w.A.name} ${w.P2025.name}.pdf`))
    expect(text).toContain(`${w.A.name} – resultat ${w.P2025.name}`)
    expect(text).toMatch(/Genomförande 43 % \(föregående period 20 %, förändring \+23\s+procentenheter\)\. Täckning 100 %: 2 av 2/)
    expect(text).toMatch(new RegExp(`${escape(w.a1.title)}\\s+${escape(w.A.name)}\\s+1\\.1\\s+Pågår\\s+Räknas\\s+60 %`))

    const { lines } = await csv(`/organisations/${w.A.id}/export.csv`, { periodId: w.P2025.id })
    expect(lines.slice(0, 3)).toEqual([
      'Kod;Åtgärd;Förväntad;Täckning;Genomförande (%);Föregående period (%);Förändring (procentenheter);Aktiviteter',
      '1.1;Rutin för frågor om våld;Ja;Täckt;60;20;40;1',
      '2.1;Stöd till barn i skyddat boende;Ja;Täckt;25;;;1',
    ])

    const { sheets } = await xlsx(`/organisations/${w.B.id}/export.xlsx`, { periodId: w.P2025.id })
    expect([...sheets.keys()]).toEqual(['Åtgärder', 'Aktiviteter', 'Uppmärksamhet', 'Indikatorer'])
    expect(sheets.get('Åtgärder')![1]).toEqual(['1.1', 'Rutin för frågor om våld', 'Ja', 'Lucka', undefined, undefined, undefined, 0])
    expect(sheets.get('Aktiviteter')).toContainEqual([
      w.a5.title,
      w.B.name,
      '2.1',
      undefined,
      'Pågår',
      'Saknar uppföljning',
      undefined,
      'Utkast, räknas inte',
    ])
    expect(sheets.get('Uppmärksamhet')).toContainEqual(['Aktiviteter utan uppföljning', w.a5.title, 'Ingen uppföljning har kommit in.'])
  })

  it('404 an unknown organisation; 400 a malformed id', async () => {
    expectProblem(await api().get(url('/organisations/999999/export.pdf', { periodId: w.P2025.id })), 404, 'not-found')
    expectProblem(await api().get(url('/organisations/x/export.pdf', { periodId: w.P2025.id })), 400, 'validation-failed', ['id'])
  })
})

describe('GET /api/v1/progress/trends/export.{pdf,xlsx,csv}', () => {
  it("200: every period's figures in one long CSV", async () => {
    const { res, lines } = await csv('/trends/export.csv', { periodId: w.P2025.id })
    expect(res.headers['content-disposition']).toBe(disposition(`Utveckling ${w.P2025.name}.csv`))
    expect(lines[0]).toBe('Period;Gäller;Kod;Namn;Genomförande (%);Täckning (%)')
    expect(lines).toEqual(
      expect.arrayContaining([
        `${w.P2024.name};Hela länet;;${w.strategy.name};20;75`,
        `${w.P2025.name};Hela länet;;${w.strategy.name};48,8;75`,
        `${w.P2024.name};Mål;1;Förebygga våld;20;50`,
        `${w.P2025.name};Mål;2;Skydda och stödja;37,5;100`,
        `${w.P2024.name};Kommun;;${w.A.name};20;100`,
        `${w.P2025.name};Kommun;;${w.B.name};50;50`,
      ]),
    )
  })

  it('200: a sheet per table, the indicator values per period', async () => {
    const { sheets } = await xlsx('/trends/export.xlsx', { periodId: w.P2025.id })
    expect([...sheets.keys()]).toEqual([
      'Hela länet',
      'Mål – genomförande',
      'Mål – täckning',
      'Organisationer – genomförande',
      'Organisationer – täckning',
      'Indikatorer',
    ])
    expect(sheets.get('Hela länet')).toEqual([
      ['Period', 'Genomförande', 'Täckning'],
      [w.P2024.name, expect.closeTo(0.2, 10), 0.75],
      [w.P2025.name, 0.4875, 0.75],
    ])
    expect(sheets.get('Mål – genomförande')![0]).toEqual(['Mål', w.P2024.name, w.P2025.name])
    expect(sheets.get('Indikatorer')![1]).toEqual(['Andel kommuner som erbjuder stödsamtal', '%', 'Ska öka', 60, 90, 70, 80])
  })

  it('200: the PDF draws the trend as lines and has the numbers in tables', async () => {
    const { text } = await pdf('/trends/export.pdf', { periodId: w.P2025.id })
    expect(text).toContain(`Utveckling ${w.P2024.name}–${w.P2025.name}`)
    expect(text).toContain('Diagrammet visar hela länets genomförande och täckning per period')
    expect(text).toMatch(new RegExp(`${escape(w.P2024.name)}\\s+20 %\\s+75 %\\s+${escape(w.P2025.name)}\\s+49 %\\s+75 %`))
    expect(text).toMatch(/Andel\s+kommuner\s+som\s+erbjuder\s+stödsamtal\s+%\s+Ska\s+öka\s+60\s+90\s+70\s+80/)
  })
})

describe('the API documentation', () => {
  it('documents every export as a file of its media type', async () => {
    const { body } = await api().get('/api/v1/openapi.json')
    for (const path of ['/progress/goals', '/progress/coverage', '/progress/map', '/progress/trends', '/progress/organisations/{id}']) {
      expect(body.paths[`${path}/export.pdf`].get.responses['200'].content).toEqual({
        'application/pdf': { schema: { type: 'string', format: 'binary' } },
      })
      expect(Object.keys(body.paths[`${path}/export.csv`].get.responses['200'].content)).toEqual(['text/csv; charset=utf-8'])
    }
  })
})
