// The exports of a report, read back the way a reader's tools would: the PDF's text extracted with pdfjs-dist, the
// workbook opened with exceljs, the CSV as bytes. The figures are makeReportWorld's, worked out by hand.
import ExcelJS from 'exceljs'
import { db } from '../../db/prisma'
import { download, pdfText } from '../../test/downloads'
import { api, expectProblem } from '../../test/api'
import { makeReportWorld } from '../../test/factories'

const base = '/api/v1/reports'

type World = Awaited<ReturnType<typeof makeReportWorld>>
let w: World
let report: { id: number; version: number; period: { name: string } }
let draft: { id: number }

beforeAll(async () => {
  w = await makeReportWorld()
  // 2024, approved: the report the 2025 one compares with
  const old = await api().post(base).send({ periodId: w.P2024.id, title: 'Lägesrapport 2024' })
  const oldEdited = await api().patch(`${base}/${old.body.id}`).send({ version: 1, summary: 'Första året.' })
  await api('steering').post(`${base}/${old.body.id}/approve`).send({ version: oldEdited.body.version }).expect(200)
  // 2025: summary and analyses with å ä ö, approved
  const created = await api().post(base).send({ periodId: w.P2025.id, title: 'Lägesrapport för länet – våld i nära relationer' })
  const edited = await api()
    .patch(`${base}/${created.body.id}`)
    .send({
      version: 1,
      summary:
        'Arbetet mot våld i nära relationer går framåt.\n\nStödet till barn i skyddat boende är fortfarande ojämnt fördelat över länet.',
      analyses: {
        [w.G1.id]: 'Fler kommuner ställer frågor om våld; Nynäshamns kommun saknar ännu en rutin.',
        [w.G2.id]: '=SUMMA(A1) är ingen formel här.',
      },
    })
  report = (await api('steering').post(`${base}/${created.body.id}/approve`).send({ version: edited.body.version })).body
  const spare = await db().reportingPeriod.create({
    data: {
      strategyId: w.strategy.id,
      name: `Höstperiod ${w.P2025.id}`,
      startsOn: new Date('2026-01-01'),
      endsOn: new Date('2026-12-31'),
      deadline: new Date('2027-02-15'),
      status: 'open',
    },
  })
  draft = (await api().post(base).send({ periodId: spare.id, title: 'Utkast till lägesrapport' })).body
})

describe('GET /api/v1/reports/:id/export.pdf', () => {
  it('200: a readable Swedish document with the figures, the approval, page numbers; å ä ö intact', async () => {
    const res = await download(`${base}/${report.id}/export.pdf`, 'anonymous')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-')
    const pages = await pdfText(res.body)
    const text = pages.join('\n')
    for (const heading of [
      'Sammanfattning',
      'Måluppfyllelse',
      'Förändring sedan förra rapporten',
      'Analys per mål',
      'Täckning per organisation och mål',
      'Att uppmärksamma',
      'Indikatorer för hela länet',
    ])
      expect({ heading, found: text.includes(heading) }).toEqual({ heading, found: true })
    expect(text).toContain('Lägesrapport för länet – våld i nära relationer')
    expect(text).toContain(`Lägesrapport för perioden ${w.P2025.name} (2025-01-01 – 2025-12-31)`)
    expect(text).toMatch(/Godkänd av styrgruppen \d{4}-\d{2}-\d{2}\./)
    expect(text).toContain(`Jämfört med Lägesrapport 2024 (${w.P2024.name})`)
    expect(text).toContain('Stödet till barn i skyddat boende är fortfarande ojämnt fördelat över länet.')
    expect(text).toContain('Fler kommuner ställer frågor om våld; Nynäshamns kommun saknar ännu en rutin.')
    // goal 1: 60 % (2024: 20 %, +40 points), coverage 50 %; goal 2: 38 % (0.375), coverage 100 %; county 49 %, 75 %
    expect(text).toMatch(/1 Förebygga\s+våld\s+60 %\s+20 %\s+\+40\s+50 %\s+1 av 2\s+\+40/)
    expect(text).toMatch(/2 Skydda och\s+stödja\s+38 %\s+–\s+–\s+100 %\s+2 av 2\s+–/)
    expect(text).toMatch(/Hela länet\s+49 %\s+20 %\s+\+29\s+75 %\s+3 av 4\s+\+29/)
    expect(text).toMatch(/genomförandet i hela länet har gått från 20 % till 49 % \(\+29\s+procentenheter\)/)
    // coverage table: Håbo covers both goals, Nynäshamn half of goal 1
    expect(text).toMatch(new RegExp(`${w.A.name}\\s+100 %\\s+100 %\\s+100 %`))
    expect(text).toMatch(new RegExp(`${w.B.name}\\s+0 %\\s+100 %\\s+50 %`))
    expect(text).toContain('Aktiviteter utan uppföljning (1)')
    expect(text).toMatch(/Andel kommuner som erbjuder stödsamtal \(ska\s+öka\)\s+60 %\s+90 %\s+80 %\s+67 %\s+10\s+\(bättre\)/)
    pages.forEach((page, i) => expect(page).toContain(`Sida ${i + 1} av ${pages.length}`))
    expect(text).not.toMatch(/utkast/i)
  })

  it('has the ASCII-safe file name and the UTF-8 one', async () => {
    const res = await download(`${base}/${report.id}/export.pdf`)
    const ascii = `lagesrapport-${w.P2025.name.replace(/ /g, '-')}.pdf`.toLowerCase()
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="${ascii}"; filename*=UTF-8''L%C3%A4gesrapport%20${encodeURIComponent(w.P2025.name)}.pdf`,
    )
  })

  it('200: a draft is marked as one, for every signed-in role', async () => {
    for (const who of ['opk', 'coordinator', 'steering'] as const) {
      const res = await download(`${base}/${draft.id}/export.pdf`, who)
      expect({ who, status: res.status }).toEqual({ who, status: 200 })
    }
    const text = (await pdfText((await download(`${base}/${draft.id}/export.pdf`)).body)).join('\n')
    expect(text).toContain('Utkast – inte godkänt av styrgruppen.')
    expect(text).toContain('Utkast till lägesrapport – utkast, inte godkänt')
    expect(text).toContain('Ingen sammanfattning har skrivits.')
  })

  it('404: a draft without signing in, and an unknown id; 400 a bad id', async () => {
    expectProblem(await api('anonymous').get(`${base}/${draft.id}/export.pdf`), 404, 'not-found')
    expectProblem(await api().get(`${base}/2000000000/export.pdf`), 404, 'not-found')
    expectProblem(await api().get(`${base}/x/export.pdf`), 400, 'validation-failed', ['id'])
  })
})

describe('GET /api/v1/reports/:id/export.xlsx', () => {
  it('200: one sheet per view, numbers as numbers, å ä ö intact', async () => {
    const res = await download(`${base}/${report.id}/export.xlsx`, 'anonymous')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="lagesrapport-.*\.xlsx"; filename\*=UTF-8''L%C3%A4gesrapport%20.*\.xlsx$/,
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Måluppfyllelse', 'Täckning', 'Organisationer', 'Indikatorer', 'Uppmärksamhet'])
    const rows = (name: string) => (workbook.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1))

    const goals = rows('Måluppfyllelse')
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
      'Sedan förra rapporten (procentenheter)',
      'Analys',
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
      expect.closeTo(40, 10),
      'Fler kommuner ställer frågor om våld; Nynäshamns kommun saknar ännu en rutin.',
    ])
    expect(goals[2].slice(0, 9)).toEqual(['2', 'Skydda och stödja', undefined, 0.375, undefined, undefined, 1, 2, 2])
    expect(goals[3].slice(1, 4)).toEqual(['Hela länet', undefined, 0.4875])
    expect(workbook.getWorksheet('Måluppfyllelse')!.getCell('D2').numFmt).toBe('0%')

    const coverage = rows('Täckning')
    const columnOf = (name: string) => coverage[0].indexOf(name)
    const m1 = coverage.find((r) => r[0] === '1.1')!
    expect([m1[columnOf(w.A.name)], m1[columnOf(w.B.name)], m1[2]]).toEqual(['Täckt', 'Lucka', 0.5])

    const organisations = rows('Organisationer')
    expect(organisations.find((r) => r[0] === w.A.name)!.slice(0, 7)).toEqual([
      w.A.name,
      'Kommun',
      expect.closeTo(0.425, 10),
      expect.closeTo(0.2, 10),
      expect.closeTo(22.5, 10),
      1,
      '2 av 2',
    ])

    expect(rows('Indikatorer')[1]).toEqual([
      'Andel kommuner som erbjuder stödsamtal',
      'Hela länet',
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
    expect(rows('Uppmärksamhet')).toContainEqual([
      'Aktiviteter utan uppföljning',
      expect.any(String),
      w.B.name,
      'Ingen uppföljning har kommit in.',
    ])
  })
})

describe('GET /api/v1/reports/:id/export.csv', () => {
  it('200: the goal table, semicolon-separated with a UTF-8 BOM, decimal comma, å ä ö intact', async () => {
    const res = await download(`${base}/${report.id}/export.csv`, 'anonymous')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="lagesrapport-.*\.csv"; filename\*=UTF-8''L%C3%A4gesrapport%20.*\.csv$/,
    )
    const bytes: Buffer = res.body
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').split('\r\n')
    expect(lines[0]).toBe(
      'Kod;Mål;Delmål;Genomförande (%);Föregående period (%);Förändring (procentenheter);Täckning (%);Förväntade bidrag;Befintliga bidrag;Sedan förra rapporten (procentenheter);Analys',
    )
    expect(lines[1]).toBe(
      '1;Förebygga våld;;60;20;40;50;2;1;40;"Fler kommuner ställer frågor om våld; Nynäshamns kommun saknar ännu en rutin."',
    )
    expect(lines[2]).toBe("2;Skydda och stödja;;37,5;;;100;2;2;;'=SUMMA(A1) är ingen formel här.")
    expect(lines[3]).toBe(';Hela länet;;48,8;20;28,8;75;4;3;28,8;')
  })

  it('404: a draft without signing in', async () => {
    expectProblem(await api('anonymous').get(`${base}/${draft.id}/export.csv`), 404, 'not-found')
  })
})

describe('the API documentation', () => {
  it('documents the exports as files of their media types', async () => {
    const { body } = await api().get('/api/v1/openapi.json')
    const answer = (format: string) => body.paths[`/reports/{id}/export.${format}`].get.responses['200'].content
    expect(answer('pdf')).toEqual({ 'application/pdf': { schema: { type: 'string', format: 'binary' } } })
    expect(answer('xlsx')).toEqual({
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
    })
    expect(answer('csv')).toEqual({ 'text/csv; charset=utf-8': { schema: { type: 'string', format: 'binary' } } })
    expect(body.paths['/reports/{id}/export.pdf'].get.operationId).toBe('getReportsIdExportPdf')
  })
})
