// The results views (issue #5) on the demo data, as the steering group and as a coordinator: Måluppfyllelse
// (/resultat) with the basis of a figure opened by keyboard, one organisation's page (/resultat/organisationer/:id)
// where Stockholms stad's coverage is visibly higher than Nykvarn's, and Utveckling (/resultat/utveckling) with the
// county's figure of the open period in its table and a gap where Nykvarn stopped reporting. Expected figures come
// from the API with the page's own session; axe on every view (and with the basis dialog open).
import { expect, test, type Page } from '@playwright/test'
import { accounts, signIn } from './accounts'
import { expectNoAxeViolations } from './axe'

// three views of tables and charts, each scanned by axe: more than the default 30 s on a busy machine
test.describe.configure({ timeout: 90_000 })

type Paged<T> = { items: T[] }
type Period = { id: number; name: string; status: string }
type Figure = { progress: number | null; change: number | null }
type Coverage = { expected: number; covered: number; coverage: number | null }
type Goals = {
  goals: { goalId: number; code: string; title: string; subGoals: unknown[] }[]
  county: { progress: Figure; coverage: Coverage }
}
type Organisation = { id: number; name: string }
type Trends = {
  periods: Period[]
  county: { progress: (number | null)[]; coverage: (number | null)[] }
  organisations: (Organisation & { progress: (number | null)[] })[]
}

const percent = (share: number) => new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 }).format(share)

async function get<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api/v1${path}`)
  expect(response.ok(), path).toBe(true)
  return (await response.json()) as T
}

/** The open period of the strategy in force: the one the results views show without `?period=`. */
async function openPeriod(page: Page): Promise<Period> {
  const strategies = await get<Paged<{ id: number }>>(page, '/strategies?status=active')
  const periods = await get<Paged<Period>>(page, `/reporting-periods?strategyId=${strategies.items[0].id}&pageSize=200`)
  const open = periods.items.find((p) => p.status === 'open')
  expect(open, 'the demo data has an open period').toBeDefined()
  return open!
}

async function organisationByName(page: Page, name: string): Promise<Organisation> {
  const organisations = await get<Paged<Organisation>>(page, '/organisations?pageSize=200')
  const found = organisations.items.find((o) => o.name === name)
  expect(found, name).toBeDefined()
  return found!
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

/** The coverage percentage the organisation page's summary shows ("71 %"), as a number (its third figure). */
async function summaryCoverage(page: Page): Promise<number> {
  const summary = page.getByRole('region', { name: 'Sammanfattning' })
  await expect(summary.getByRole('term').nth(2)).toHaveText('Täckning')
  const text = await summary.getByRole('definition').nth(2).innerText()
  const match = /(\d+)\s%/.exec(text)
  expect(match, text).not.toBeNull()
  return Number(match![1])
}

test.describe('the steering group', () => {
  test.beforeEach(async ({ page }) => signIn(page, accounts.steeringGroup))

  test('sees goal fulfilment per goal and county-wide, and opens the basis of a figure with the keyboard', async ({ page }) => {
    const period = await openPeriod(page)
    const goals = await get<Goals>(page, `/progress/goals?periodId=${period.id}`)
    await page.goto('/resultat')
    await expect(page).toHaveTitle('Måluppfyllelse – Uppföljning – Operation Kvinnofrid')
    await expect(page.getByRole('heading', { level: 1, name: 'Måluppfyllelse' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Resultatvyer' }).getByRole('link', { name: 'Måluppfyllelse' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await expect(
      page.getByRole('list', { name: `Ladda ner Måluppfyllelse ${period.name}` }).getByRole('link', { name: 'PDF' }),
    ).toHaveAttribute('href', `/api/v1/progress/goals/export.pdf?periodId=${period.id}`)

    const table = page.getByRole('table', { name: `Måluppfyllelse per mål, uppföljningsperiod ${period.name}` })
    const rows = goals.goals.length + goals.goals.reduce((sum, goal) => sum + goal.subGoals.length, 0)
    await expect(table.locator('tbody tr')).toHaveCount(rows)
    const county = table.getByRole('row', { name: /Hela länet/ })
    await expect(county.getByRole('cell').nth(0)).toContainText(percent(goals.county.progress.progress!))
    await expect(county.getByRole('cell').nth(2)).toContainText(`${goals.county.coverage.covered} av ${goals.county.coverage.expected}`)
    // the change is an arrow and a number on screen, words for a screen reader
    await expect(county.getByRole('cell').nth(1)).toContainText(/(ökning|minskning) med \d+ procentenhet|oförändrat/)

    // the basis of a goal's figures, opened and closed with the keyboard
    const goal = goals.goals[1]
    const button = table.getByRole('button', { name: `Visa underlag för ${goal.code} ${goal.title}` })
    await button.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: `Underlag: ${goal.code} ${goal.title}, ${period.name}` })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused()
    await expect(dialog.getByRole('heading', { level: 3, name: /^Räknade aktiviteter \(\d+\)$/ })).toBeVisible()
    await expect(dialog.getByRole('heading', { level: 3, name: 'Täckningsluckor per åtgärd' })).toBeVisible()
    // every organisation in the basis links to its own results page for the same period
    await expect(dialog.getByRole('link').first()).toHaveAttribute(
      'href',
      new RegExp(`^/resultat/organisationer/\\d+\\?period=${period.id}$`),
    )
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(button).toBeFocused()

    await expect(page.getByRole('heading', { level: 3, name: 'Aktiviteter utan koppling till strategins åtgärder' })).toBeVisible()
    const perOrganisation = page.getByRole('table', {
      name: `Genomförande och täckning per organisation, uppföljningsperiod ${period.name}`,
    })
    await expect(perOrganisation.getByRole('link', { name: 'Stockholms stad' })).toBeVisible()
    const attention = page.getByRole('region', { name: 'Att uppmärksamma' })
    await expect(attention.getByText(/^Aktiviteter utan räknad uppföljning för \d{4} \(\d+\)$/)).toBeVisible()

    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)
  })

  test('sees one organisation held against the strategy, and Stockholms stad covers more than Nykvarn', async ({ page }) => {
    const period = await openPeriod(page)
    const stockholm = await organisationByName(page, 'Stockholms stad')
    const nykvarn = await organisationByName(page, 'Nykvarns kommun')
    const expected = await get<{ coverage: Coverage }>(page, `/progress/organisations/${stockholm.id}?periodId=${period.id}`)

    await page.goto('/resultat')
    await page
      .getByRole('table', { name: /per organisation/ })
      .getByRole('link', { name: 'Stockholms stad' })
      .click()
    await expect(page).toHaveURL(`/resultat/organisationer/${stockholm.id}?period=${period.id}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Stockholms stad' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Sammanfattning' })).toContainText(
      `${expected.coverage.covered} av ${expected.coverage.expected}`,
    )
    const measures = page.getByRole('table', { name: `Åtgärder per mål för Stockholms stad, uppföljningsperiod ${period.name}` })
    await expect(measures.getByRole('cell', { name: /Täckt/ }).first()).toBeVisible()
    await expect(page.getByRole('table', { name: `Organisationens aktiviteter, uppföljningsperiod ${period.name}` })).toBeVisible()
    await expect(
      page.getByRole('list', { name: `Ladda ner Stockholms stad ${period.name}` }).getByRole('link', { name: 'Excel (xlsx)' }),
    ).toHaveAttribute('href', `/api/v1/progress/organisations/${stockholm.id}/export.xlsx?periodId=${period.id}`)
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)
    const stockholmCoverage = await summaryCoverage(page)

    // another organisation through the picker: choosing alone does not leave the page, the button does
    await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Nykvarns kommun' })
    await expect(page.getByRole('heading', { level: 1, name: 'Stockholms stad' })).toBeVisible()
    await page.getByRole('button', { name: 'Visa organisationen' }).click()
    await expect(page).toHaveURL(`/resultat/organisationer/${nykvarn.id}?period=${period.id}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Nykvarns kommun' })).toBeVisible()
    await expect(
      page
        .getByRole('table', { name: /^Åtgärder per mål för Nykvarns kommun/ })
        .getByRole('cell', { name: /Lucka/ })
        .first(),
    ).toBeVisible()
    const nykvarnCoverage = await summaryCoverage(page)
    expect(stockholmCoverage).toBeGreaterThan(nykvarnCoverage)
    await expectNoAxeViolations(page)
  })

  test('sees the trends with the county figures per period, and compares with Nykvarn, whose missing years are gaps', async ({ page }) => {
    const period = await openPeriod(page)
    const trends = await get<Trends>(page, `/progress/trends?periodId=${period.id}`)
    const last = trends.periods.length - 1
    await page.goto('/resultat/utveckling')
    await expect(page.getByRole('heading', { level: 1, name: 'Utveckling' })).toBeVisible()
    await expect(page.getByRole('img', { name: /^Genomförande per uppföljningsperiod: Hela länet/ })).toBeVisible()
    await expect(page.getByRole('img', { name: /^Täckning per uppföljningsperiod: Hela länet/ })).toBeVisible()

    const table = page.getByRole('table', { name: 'Genomförande och täckning per uppföljningsperiod' })
    const row = table.getByRole('row', { name: new RegExp(`^${period.name}`) })
    await expect(row.getByRole('cell').nth(0)).toHaveText(percent(trends.county.progress[last]!))
    await expect(row.getByRole('cell').nth(1)).toHaveText(percent(trends.county.coverage[last]!))

    await page.getByLabel('Jämför hela länet med').selectOption({ label: 'Nykvarns kommun' })
    await expect(page.getByRole('status').filter({ hasText: 'Visar hela länet jämfört med Nykvarns kommun.' })).toBeVisible()
    await expect(page.getByRole('img', { name: /^Genomförande per uppföljningsperiod: Hela länet och Nykvarns kommun/ })).toBeVisible()
    await expect(table.getByRole('columnheader', { name: 'Genomförande, Nykvarns kommun' })).toBeVisible()
    // Nykvarn stops reporting after 2022: its figure for the open period is missing, shown as "–", never 0 %
    const nykvarn = trends.organisations.find((o) => o.name === 'Nykvarns kommun')!
    expect(nykvarn.progress[last]).toBeNull()
    await expect(row.getByRole('cell').nth(1)).toHaveText(/^–\s*uppgift saknas$/)

    await expect(page.getByRole('table', { name: 'Indikatorernas värden för hela länet per uppföljningsperiod' })).toBeVisible()
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)
  })
})

test.describe('a coordinator', () => {
  test.beforeEach(async ({ page }) => signIn(page, accounts.botkyrka))

  test('opens the three views with real figures, each passing axe', async ({ page }) => {
    const period = await openPeriod(page)
    const botkyrka = await organisationByName(page, 'Botkyrka kommun')
    const view = await get<{ progress: Figure; coverage: Coverage }>(page, `/progress/organisations/${botkyrka.id}?periodId=${period.id}`)

    await page.goto('/resultat')
    await expect(
      page
        .getByRole('table', { name: `Måluppfyllelse per mål, uppföljningsperiod ${period.name}` })
        .getByRole('rowheader', { name: 'Hela länet' }),
    ).toBeVisible()
    await expect(page.getByRole('table', { name: /per organisation/ }).getByRole('link', { name: 'Botkyrka kommun' })).toBeVisible()
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)

    await page
      .getByRole('table', { name: /per organisation/ })
      .getByRole('link', { name: 'Botkyrka kommun' })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'Botkyrka kommun' })).toBeVisible()
    const summary = page.getByRole('region', { name: 'Sammanfattning' })
    await expect(summary).toContainText(percent(view.progress.progress!))
    await expect(summary).toContainText(`${view.coverage.covered} av ${view.coverage.expected}`)
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)

    await page.getByRole('navigation', { name: 'Resultatvyer' }).getByRole('link', { name: 'Utveckling' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Utveckling' })).toBeVisible()
    await expect(
      page.getByRole('table', { name: 'Genomförande och täckning per uppföljningsperiod' }).getByRole('rowheader', { name: period.name }),
    ).toBeVisible()
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)
  })
})
