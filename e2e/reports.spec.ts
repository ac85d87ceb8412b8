// Lägesrapporter (/lagesrapporter) against the real server with the demo data, as the issue tells it: OPK staff create
// the 2025 report and write its summary, the steering group approves it, an anonymous visitor opens it from the public
// list and downloads the PDF. Then every report view is scanned with axe as each role that sees it, in both projects.
// Both projects share one database: the journey runs once (desktop); the scans use periods of their own per project.
import { readFileSync } from 'node:fs'
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test'
import { accounts, OPK_STATE, signedIn } from './accounts'
import { expectNoAxeViolations } from './axe'

type Period = { id: number; name: string; status: string }
type Report = { id: number; title: string; status: 'draft' | 'approved'; version: number; period: { id: number; name: string } }

async function opkPage(browser: Browser, path: string): Promise<Page> {
  const page = await (await browser.newContext({ storageState: OPK_STATE })).newPage()
  await page.goto(path)
  return page
}

async function get<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`/api/v1${path}`)
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()) as T
}

/** A state-changing call with the session's CSRF token. */
async function send<T>(
  request: APIRequestContext,
  method: 'post' | 'patch',
  path: string,
  data?: object,
): Promise<{ status: number; body: T }> {
  const { csrfToken } = await get<{ csrfToken: string }>(request, '/auth/session')
  const response = await request[method](`/api/v1${path}`, { data, headers: { 'X-CSRF-Token': csrfToken } })
  return { status: response.status(), body: (await response.json()) as T }
}

async function periodNamed(request: APIRequestContext, name: string): Promise<Period> {
  const strategy = (await get<{ items: { id: number }[] }>(request, '/strategies?status=active')).items[0]
  const periods = (await get<{ items: Period[] }>(request, `/reporting-periods?strategyId=${strategy.id}&pageSize=200`)).items
  const period = periods.find((p) => p.name === name)
  expect(period, `the demo has the period ${name}`).toBeTruthy()
  return period!
}

/** The live (not archived) report of a period, or undefined. */
async function liveReport(request: APIRequestContext, periodId: number): Promise<Report | undefined> {
  return (await get<{ items: Report[] }>(request, `/reports?periodId=${periodId}`)).items[0]
}

const reportLink = (page: Page, title: string) =>
  page.getByRole('table', { name: 'Lägesrapporter, nyast först' }).getByRole('link', { name: title, exact: true })
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text })

test('OPK staff create the 2025 report, the steering group approves it, anyone reads it and downloads the PDF', async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one 2025 report per database: the journey runs once')
  test.setTimeout(180_000)
  const title = `Lägesrapport 2025 – e2e ${Date.now().toString(36)}`
  const summary = 'Arbetet går framåt i de flesta kommuner, men täckningen skiljer sig fortfarande mycket åt.'

  // OPK staff: a draft of 2025 left by an earlier run against this database is archived first (archived is not deleted).
  const opk = await opkPage(browser, '/lagesrapporter')
  const period = await periodNamed(opk.request, '2025')
  expect(period.status).toBe('open')
  const earlier = await liveReport(opk.request, period.id)
  test.skip(earlier?.status === 'approved', 'this database already holds an approved 2025 report, which never changes')
  if (earlier) {
    await reportLink(opk, earlier.title).click()
    await opk.getByRole('button', { name: 'Arkivera utkastet' }).click()
    await opk.getByRole('dialog', { name: 'Arkivera utkastet?' }).getByRole('button', { name: 'Arkivera utkastet' }).click()
    await expect(status(opk, 'Utkastet är arkiverat.')).toBeVisible()
    await opk.getByRole('link', { name: 'Alla lägesrapporter' }).click()
  }
  await expectNoAxeViolations(opk)

  // … create it: its figures are computed now; the page of the new draft opens.
  const form = opk.getByRole('region', { name: 'Ny lägesrapport' })
  await form.getByLabel('Uppföljningsperiod').selectOption({ label: '2025' })
  await form.getByLabel('Rubrik').fill(title)
  await form.getByRole('button', { name: 'Skapa rapporten' }).click()
  await expect(opk.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(opk.getByRole('article', { name: title })).toContainText('Utkast – inte godkänt av styrgruppen')
  await expect(opk.getByRole('table', { name: 'Måluppfyllelse per mål 2025' })).toBeVisible()
  await expect(
    opk.getByRole('table', { name: 'Kommunernas täckning, högst först' }).getByRole('row', { name: /Nykvarns kommun/ }),
  ).toBeVisible()

  // … write the summary and goal 1's analysis, and save.
  await opk.getByRole('textbox', { name: 'Sammanfattning' }).fill(summary)
  await opk.getByLabel(/^Analys av mål 1 /).fill('Fler kommuner har kommit i gång med förebyggande arbete.')
  await opk.getByRole('button', { name: 'Spara texterna' }).click()
  await expect(status(opk, /^Texterna sparades kl\./)).toBeVisible()
  await expectNoAxeViolations(opk)

  // The steering group finds the draft in the list, reads it and approves it: a dialog says it can never change.
  const steering = await signedIn(browser, accounts.steeringGroup, '/lagesrapporter')
  await expect(
    steering.getByRole('table', { name: 'Lägesrapporter, nyast först' }).getByRole('row', { name: new RegExp(title) }),
  ).toContainText('Utkast')
  await expectNoAxeViolations(steering)
  await reportLink(steering, title).click()
  await expect(steering.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(steering.getByRole('region', { name: 'Sammanfattning' })).toContainText(summary)
  await expectNoAxeViolations(steering)
  await steering.getByRole('button', { name: 'Godkänn och publicera' }).click()
  const dialog = steering.getByRole('dialog', { name: 'Godkänna och publicera rapporten?' })
  await expect(dialog).toContainText('Den kan aldrig ändras efteråt')
  await expectNoAxeViolations(steering)
  await dialog.getByRole('button', { name: 'Godkänn och publicera' }).click()
  await expect(status(steering, 'Rapporten är godkänd och publicerad.')).toBeVisible()
  await expect(steering.getByRole('article', { name: title })).toContainText(/Godkänd och publicerad \d+ \w+ \d{4}/)
  await expect(steering.getByRole('button', { name: 'Godkänn och publicera' })).toHaveCount(0)
  await expectNoAxeViolations(steering)

  // OPK staff can no longer change it.
  await opk.reload()
  await expect(opk.getByRole('article', { name: title })).toContainText('Den är publicerad och en allmän handling')
  await expect(opk.getByRole('button', { name: 'Spara texterna' })).toHaveCount(0)
  await expect(opk.getByRole('textbox', { name: 'Sammanfattning' })).toHaveCount(0)

  // An anonymous visitor, signed in nowhere, finds the public list from the sign-in page's links, opens the report …
  const visitor = await (await browser.newContext()).newPage()
  await visitor.goto('/logga-in')
  await visitor.getByRole('link', { name: 'Lägesrapporter', exact: true }).first().click()
  await expect(visitor.getByRole('heading', { level: 1, name: 'Lägesrapporter' })).toBeVisible()
  await expectNoAxeViolations(visitor)
  await reportLink(visitor, title).click()
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(visitor.getByRole('region', { name: 'Sammanfattning' })).toContainText(summary)
  await expect(visitor.getByRole('article', { name: title })).toContainText('Den är publicerad och en allmän handling')
  await expectNoAxeViolations(visitor)

  // … and downloads the PDF.
  const downloads = visitor.getByRole('list', { name: `Ladda ner ${title}` })
  const [download] = await Promise.all([visitor.waitForEvent('download'), downloads.getByRole('link', { name: 'PDF' }).click()])
  expect(download.suggestedFilename()).toBe('Lägesrapport 2025.pdf')
  const pdf = readFileSync((await download.path())!)
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(pdf.length).toBeGreaterThan(5_000)
})

/** Periods each project's scans write to, so that the two projects never race for one period's report. */
const scanPeriods: Record<string, { draft: string; approved: string }> = {
  desktop: { draft: '2022', approved: '2024' },
  'narrow-320': { draft: '2021', approved: '2023' },
}

/** The live report of a period as a draft, or approved (a draft is given a summary, then approved by `steering`). */
async function reportOf(
  opk: APIRequestContext,
  steering: APIRequestContext,
  periodName: string,
  want: 'draft' | 'approved',
): Promise<Report> {
  const period = await periodNamed(opk, periodName)
  let report = await liveReport(opk, period.id)
  if (!report) {
    const created = await send<Report>(opk, 'post', '/reports', { periodId: period.id, title: `Lägesrapport ${periodName}` })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    report = created.body
  }
  if (want === 'approved' && report.status === 'draft') {
    const written = await send<Report>(opk, 'patch', `/reports/${report.id}`, {
      version: report.version,
      summary: `Sammanfattning av ${periodName}.`,
    })
    expect(written.status, JSON.stringify(written.body)).toBe(200)
    const approved = await send<Report>(steering, 'post', `/reports/${report.id}/approve`, { version: written.body.version })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    report = approved.body
  }
  expect(report.status, `the ${periodName} report of an earlier run`).toBe(want)
  return report
}

test('every report view passes axe as OPK staff, the steering group and an anonymous visitor', async ({ browser }, testInfo) => {
  test.setTimeout(180_000)
  const periods = scanPeriods[testInfo.project.name]
  const opk = await opkPage(browser, '/lagesrapporter')
  const steering = await signedIn(browser, accounts.steeringGroup, '/lagesrapporter')
  const draft = await reportOf(opk.request, steering.request, periods.draft, 'draft')
  const approved = await reportOf(opk.request, steering.request, periods.approved, 'approved')
  const visitor = await (await browser.newContext()).newPage()

  const scan = async (page: Page, path: string, heading: string | RegExp) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /^Hämtar/ })).toHaveCount(0)
    await expectNoAxeViolations(page)
  }

  for (const page of [opk, steering, visitor]) await scan(page, '/lagesrapporter', 'Lägesrapporter')
  for (const page of [opk, steering, visitor]) await scan(page, `/lagesrapporter/${approved.id}`, approved.title)
  for (const page of [opk, steering]) await scan(page, `/lagesrapporter/${draft.id}`, draft.title)
  // a draft's address without signing in: not found, with the way to sign in
  await scan(visitor, `/lagesrapporter/${draft.id}`, 'Rapporten finns inte')
  await expect(visitor.getByRole('link', { name: 'Logga in för att läsa utkast' })).toBeVisible()

  // coverage goal by goal and the lists behind the attention flags, opened (a <summary> has no role to find it by: its text it is)
  await opk.goto(`/lagesrapporter/${draft.id}`)
  const lists = opk.getByRole('main').getByText(/^Visa (listan \(\d+\)|täckningen mål för mål)$/)
  await expect(lists.first()).toBeVisible()
  for (const summary of await lists.all()) await summary.click()
  await expectNoAxeViolations(opk)

  // OPK staff's form after a refused save (a personnummer), with the error summary
  await opk.getByRole('textbox', { name: 'Sammanfattning' }).fill('Kontakt med 640823-3234.')
  await opk.getByRole('button', { name: 'Spara texterna' }).click()
  await expect(opk.getByRole('alert', { name: 'Det finns ett problem' })).toBeFocused()
  await expectNoAxeViolations(opk)
})
