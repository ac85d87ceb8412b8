// The addresses (frontend/src/app/router.tsx): what a bookmarked or shared address says survives a reload — the
// period of the results pages, Täckning's sort and filters, Granskning's filters —, an address with a value the app
// does not know shows the page with its default instead of failing, and the unsaved-changes guard holds an in-app
// link and the back button. Read-only: nothing is saved.
import { expect, test, type Page } from '@playwright/test'
import { accounts, OPK_STATE, signedIn } from './accounts'
import { expectNoAxeViolations } from './axe'

type Period = { id: number; name: string; status: 'planned' | 'open' | 'closed'; startsOn: string }

async function get<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api/v1${path}`)
  expect(response.ok(), path).toBe(true)
  return (await response.json()) as T
}

/** The periods with figures, oldest first; the oldest is never the one a results page shows without `?period=`. */
async function reportedPeriods(page: Page): Promise<Period[]> {
  const strategies = await get<{ items: { id: number; startYear: number }[] }>(page, '/strategies?status=active')
  const strategy = [...strategies.items].sort((a, b) => b.startYear - a.startYear)[0]
  const periods = await get<{ items: Period[] }>(page, `/reporting-periods?strategyId=${strategy.id}&pageSize=200`)
  return periods.items.filter((p) => p.status !== 'planned').sort((a, b) => a.startsOn.localeCompare(b.startsOn))
}

const periodChoice = (page: Page) => page.getByRole('combobox', { name: 'Uppföljningsperiod' })

test.describe('as the steering group', () => {
  test('a results address with ?period= shows that period, after a reload too, and the views keep it', async ({ browser }) => {
    const page = await signedIn(browser, accounts.steeringGroup, '/')
    const periods = await reportedPeriods(page)
    expect(periods.length, 'the demo data has an earlier period than the open one').toBeGreaterThan(1)
    const earlier = periods[0]

    await page.goto(`/resultat?period=${earlier.id}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Måluppfyllelse' })).toBeVisible()
    await expect(periodChoice(page)).toHaveValue(String(earlier.id))
    await page.reload()
    await expect(periodChoice(page)).toHaveValue(String(earlier.id))

    // the other views keep the period: in their links and after a reload
    const views = page.getByRole('navigation', { name: 'Resultatvyer' })
    await expect(views.getByRole('link', { name: 'Utveckling' })).toHaveAttribute('href', `/resultat/utveckling?period=${earlier.id}`)
    await views.getByRole('link', { name: 'Utveckling' }).click()
    await expect(page).toHaveURL(`/resultat/utveckling?period=${earlier.id}`)
    await expect(periodChoice(page)).toHaveValue(String(earlier.id))
    await page.reload()
    await expect(periodChoice(page)).toHaveValue(String(earlier.id))

    // choosing another period replaces it in the address (and keeps nothing else from before)
    const latest = periods[periods.length - 1]
    await periodChoice(page).selectOption(String(latest.id))
    await expect(page).toHaveURL(`/resultat/utveckling?period=${latest.id}`)
  })

  test('Täckning keeps its sort and filters in the address through a reload; unknown values fall back to the defaults', async ({
    browser,
  }) => {
    const page = await signedIn(browser, accounts.steeringGroup, '/')
    const [earlier] = await reportedPeriods(page)
    const address = `/resultat/tackning?period=${earlier.id}&orgSort=coverage-asc&kind=municipality&gaps=1`
    await page.goto(address)
    await expect(page.getByRole('heading', { level: 1, name: 'Täckning' })).toBeVisible()
    const expectChoices = async () => {
      await expect(periodChoice(page)).toHaveValue(String(earlier.id))
      await expect(page.getByLabel('Sortera organisationer')).toHaveValue('coverage-asc')
      await expect(page.getByLabel('Typ av organisation')).toHaveValue('municipality')
      await expect(page.getByLabel('Visa bara luckor')).toBeChecked()
    }
    await expectChoices()
    await page.reload()
    await expectChoices()
    await expect(page).toHaveURL(address)

    // nonsense in the address: the page with its defaults, no error
    await page.goto('/resultat/tackning?period=abc&orgSort=planet&kind=x&gaps=yes&view=map&goal=-3')
    await expect(page.getByRole('heading', { level: 1, name: 'Täckning' })).toBeVisible()
    await expect(page.getByLabel('Sortera organisationer')).toHaveValue('name')
    await expect(page.getByLabel('Typ av organisation')).toHaveValue('')
    await expect(page.getByLabel('Visa bara luckor')).not.toBeChecked()
    await expect(page.getByRole('grid')).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    // (axe on the matrix takes up to a minute: coverage.spec.ts scans it)
  })

  test('an address with an id that is not a number is the not-found page', async ({ browser }) => {
    const page = await signedIn(browser, accounts.steeringGroup, '/')
    for (const path of ['/planer/abc', '/resultat/organisationer/0', '/aktiviteter/1/uppfoljning/x', '/lagesrapporter/-1', '/finns/inte']) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }), path).toBeVisible()
      await expect(page).toHaveTitle('Sidan finns inte – Uppföljning – Operation Kvinnofrid')
    }
    // the header stays usable: the way home
    await page.getByRole('link', { name: 'Till startsidan' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Min översikt' })).toBeVisible()
  })
})

test.describe('as OPK staff', () => {
  test.use({ storageState: OPK_STATE })

  test('Granskning keeps its filters in the address through a reload; unknown values fall back to the defaults', async ({ page }) => {
    await page.goto('/granskning?status=returned')
    await expect(page.getByRole('heading', { level: 1, name: 'Granskning' })).toBeVisible()
    await expect(page.getByLabel('Status')).toHaveValue('returned')
    await page.getByLabel('Status').selectOption('all')
    await expect(page).toHaveURL('/granskning?status=all')
    await page.reload()
    await expect(page.getByLabel('Status')).toHaveValue('all')

    // nonsense in the address: the queue with its defaults (waiting for review, first page)
    await page.goto('/granskning?status=nonsense&sida=-2&uppfoljning=x&organisation=abc')
    await expect(page.getByRole('heading', { level: 1, name: 'Granskning' })).toBeVisible()
    await expect(page.getByLabel('Status')).toHaveValue('submitted')
    await expect(page.getByLabel('Organisation')).toHaveValue('')
    await expect(page.getByRole('alert')).toHaveCount(0)
  })

  test('unsaved changes: an in-app link and the back button ask first', async ({ page }) => {
    await page.goto('/administration')
    await page.getByRole('navigation', { name: 'Administrationens delar' }).getByRole('link', { name: 'Strategi' }).click()
    await expect(page).toHaveURL('/administration/strategi')
    await page.getByRole('button', { name: 'Ändra strategin' }).click()
    const name = page.getByRole('textbox', { name: 'Namn' })
    await name.fill('Ett namn som inte sparas')
    const dialog = page.getByRole('dialog', { name: 'Du har ändringar som inte är sparade' })

    // a link in the main menu: asked, and staying keeps the text
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click()
    await expect(dialog).toBeVisible()
    await expectNoAxeViolations(page)
    await dialog.getByRole('button', { name: 'Stanna kvar' }).click()
    await expect(dialog).toBeHidden()
    await expect(page).toHaveURL('/administration/strategi')
    await expect(name).toHaveValue('Ett namn som inte sparas')

    // the browser's back button: asked too (while it asks, the address bar already shows where back leads);
    // staying comes back to the form, leaving goes back
    await page.goBack()
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Stanna kvar' }).click()
    await expect(page).toHaveURL('/administration/strategi')
    await expect(name).toHaveValue('Ett namn som inte sparas')
    await page.goBack()
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Lämna sidan' }).click()
    await expect(page).toHaveURL('/administration')
    await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible()
  })
})
