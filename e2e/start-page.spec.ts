// The start page ("Strategin") against the real server with the demo data, signed in as the Botkyrka
// coordinator: the 2020–2026 strategy in force, its eight goals ("Förebygga våld" first), who is signed in,
// the language toggle, the skip link, and axe.
import { expect, test, type Page } from '@playwright/test'
import { accounts, signIn } from './accounts'
import { expectNoAxeViolations } from './axe'

type Strategy = { name: string; startYear: number; endYear: number }

const pageLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang)

test.beforeEach(async ({ page }) => {
  await signIn(page, accounts.botkyrka)
})

test('shows the strategy in force with its goals, and passes axe', async ({ page }) => {
  // the demo strategy's exact name comes from the API (with the page's session), so that renaming it does not break the journey
  const response = await page.request.get('/api/v1/strategies?status=active')
  expect(response.ok()).toBe(true)
  const { items } = (await response.json()) as { items: Strategy[] }
  expect(items).toHaveLength(1)
  const strategy = items[0]
  expect([strategy.startYear, strategy.endYear]).toEqual([2020, 2026])

  await page.goto('/')

  const banner = page.getByRole('banner')
  await expect(banner.getByRole('link', { name: 'Uppföljning – Operation Kvinnofrid' })).toBeVisible()
  await expect(banner).toContainText('Samordnare')
  await expect(banner.getByRole('button', { name: 'Logga ut' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Strategin' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: strategy.name, exact: true })).toBeVisible()

  const goals = page.getByRole('region', { name: 'Mål', exact: true })
  const goalHeadings = goals.getByRole('heading', { level: 3 })
  await expect(goalHeadings).toHaveCount(8)
  await expect(goalHeadings.first()).toContainText('Förebygga våld')
  await expect(goals.getByRole('heading', { name: 'Åtgärder' }).first()).toBeVisible()

  const footer = page.getByRole('contentinfo')
  await expect(footer.getByRole('link', { name: 'API-dokumentation' })).toHaveAttribute('href', '/api/v1/docs')
  await expect(footer.getByRole('link', { name: 'Tillgänglighetsredogörelse' })).toHaveAttribute('href', '/tillganglighet')
  await expect(footer.getByRole('link', { name: 'Om personuppgifter' })).toHaveAttribute('href', '/personuppgifter')
  await expect(page).toHaveTitle('Strategin – Uppföljning – Operation Kvinnofrid')

  // nothing wider than the window, down to 320 px (WCAG 1.4.10)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)

  await expectNoAxeViolations(page)
})

test('switches to English and back to Swedish', async ({ page }) => {
  await page.goto('/')
  const languages = page.getByRole('group', { name: 'Språk' })
  await expect(page.getByRole('heading', { level: 1, name: 'Strategin' })).toBeVisible()
  await expect(languages.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true')

  await languages.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'The strategy' })).toBeVisible()
  await expect(page.getByRole('banner')).toContainText('Coordinator')
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Goals', exact: true }).getByRole('heading', { level: 3 })).toHaveCount(8)
  await expect(page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')
  expect(await pageLanguage(page)).toBe('en')
  await expectNoAxeViolations(page)

  // the choice survives a reload
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'The strategy' })).toBeVisible()

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Svenska' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Strategin' })).toBeVisible()
  expect(await pageLanguage(page)).toBe('sv')
})

test('the skip link takes keyboard users to the main content', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Strategin' })).toBeVisible()
  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: 'Hoppa till huvudinnehållet' })
  await expect(skipLink).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})
