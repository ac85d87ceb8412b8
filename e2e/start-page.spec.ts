// The start page ("Min översikt") and the strategy page (/strategi) against the real server with the demo data,
// signed in as the Botkyrka coordinator: who is signed in, the main menu, the 2020–2026 strategy in force with its
// eight goals ("Förebygga våld" first), their indicators and who acts on each measure, the language toggle, the skip
// link, and axe.
import { expect, test, type Page } from '@playwright/test'
import { accounts, submitSignIn } from './accounts'
import { expectNoAxeViolations } from './axe'

type Strategy = { name: string; startYear: number; endYear: number }

const pageLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang)

test.beforeEach(async ({ page }) => {
  await page.goto('/logga-in')
  await submitSignIn(page, accounts.botkyrka)
  await expect(page.getByRole('heading', { level: 1, name: 'Min översikt' })).toBeVisible()
})

test('the start page is "Min översikt", with who is signed in and the main menu, and passes axe', async ({ page }) => {
  await page.goto('/')
  const banner = page.getByRole('banner')
  await expect(banner.getByRole('link', { name: 'Uppföljning – Operation Kvinnofrid' })).toBeVisible()
  await expect(banner).toContainText('Samordnare')
  await expect(banner.getByRole('button', { name: 'Logga ut' })).toBeVisible()
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' })
  await expect(menu.getByRole('link', { name: 'Översikt' })).toHaveAttribute('aria-current', 'page')
  await expect(menu.getByRole('link', { name: 'Granskning' })).toHaveCount(0)
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Min översikt' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Botkyrka kommun' })).toBeVisible()

  const footer = page.getByRole('contentinfo')
  await expect(footer.getByRole('link', { name: 'API-dokumentation' })).toHaveAttribute('href', '/api/v1/docs')
  await expect(footer.getByRole('link', { name: 'Tillgänglighetsredogörelse' })).toHaveAttribute('href', '/tillganglighet')
  await expect(footer.getByRole('link', { name: 'Om personuppgifter' })).toHaveAttribute('href', '/personuppgifter')
  await expect(page).toHaveTitle('Min översikt – Uppföljning – Operation Kvinnofrid')
  await expectNoAxeViolations(page)
})

test('the strategy page shows the strategy in force with its goals, indicators and who acts on each measure, and passes axe', async ({
  page,
}) => {
  test.slow() // a long page to scan
  // the demo strategy's exact name comes from the API (with the page's session), so that renaming it does not break the journey
  const response = await page.request.get('/api/v1/strategies?status=active')
  expect(response.ok()).toBe(true)
  const { items } = (await response.json()) as { items: Strategy[] }
  expect(items).toHaveLength(1)
  const strategy = items[0]
  expect([strategy.startYear, strategy.endYear]).toEqual([2020, 2026])

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Strategin' }).click()
  await expect(page).toHaveURL('/strategi')
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Strategin' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: strategy.name, exact: true })).toBeVisible()
  await expect(page).toHaveTitle('Strategin – Uppföljning – Operation Kvinnofrid')

  const goals = page.getByRole('region', { name: 'Mål', exact: true })
  const goalHeadings = goals.getByRole('heading', { level: 3 })
  await expect(goalHeadings).toHaveCount(8)
  await expect(goalHeadings.first()).toContainText('Förebygga våld')
  await expect(goals.getByRole('heading', { name: 'Åtgärder' }).first()).toBeVisible()

  // the goal-level indicators with their facts and the county's latest value (demo: 80 % in 2023 on goal 2)
  await expect(goals.getByRole('heading', { name: 'Indikatorer' }).first()).toBeVisible()
  // the innermost list item with the name: the indicator's own, not the goal's around it
  const indicator = goals
    .getByRole('listitem')
    .filter({ hasText: 'Andel kommuner och stadsdelsområden som erbjuder stödsamtal till våldsutövare' })
    .last()
  await expect(indicator.getByRole('definition').first()).toHaveText('%')
  await expect(indicator).toContainText('Ska öka')
  await expect(indicator).toContainText('60 % (2019)')
  await expect(indicator).toContainText('Socialstyrelsen')
  await expect(indicator).toContainText('2023: 80 %')

  // who acts on each measure, in the current period
  await expect(goals.getByText(/Organisationer med aktiviteter/).first()).toBeVisible()
  await expect(page.getByText(/gäller uppföljningsperiod 2025/)).toBeVisible()

  // nothing wider than the window, down to 320 px (WCAG 1.4.10)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)

  await expectNoAxeViolations(page)
})

test('switches to English and back to Swedish', async ({ page }) => {
  test.slow() // two pages, each scanned
  await page.goto('/strategi')
  const languages = page.getByRole('group', { name: 'Språk' })
  await expect(page.getByRole('heading', { level: 1, name: 'Strategin' })).toBeVisible()
  await expect(languages.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true')

  await languages.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'The strategy' })).toBeVisible()
  await expect(page.getByRole('banner')).toContainText('Coordinator')
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Goals', exact: true }).getByRole('heading', { level: 3 })).toHaveCount(8)
  await expect(page.getByRole('region', { name: 'Goals', exact: true }).getByRole('heading', { name: 'Indicators' }).first()).toBeVisible()
  await expect(page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  expect(await pageLanguage(page)).toBe('en')
  await expectNoAxeViolations(page)

  // the choice survives a reload, and holds on the start page
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'The strategy' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Overview' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'My overview' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Svenska' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Min översikt' })).toBeVisible()
  expect(await pageLanguage(page)).toBe('sv')
})

test('the skip link takes keyboard users to the main content', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Min översikt' })).toBeVisible()
  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: 'Hoppa till huvudinnehållet' })
  await expect(skipLink).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})
