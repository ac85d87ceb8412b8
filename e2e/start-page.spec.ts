// The start page ("Strategin") against the real server with the demo data: the 2020–2026 strategy in
// force, its eight goals ("Förebygga våld" first), the language toggle, the skip link, and axe.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

type Strategy = { name: string; startYear: number; endYear: number }

const pageLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang)

test('shows the strategy in force with its goals, and passes axe', async ({ page, request }) => {
  // the demo strategy's exact name comes from the API, so that renaming it does not break the journey
  const response = await request.get('/api/v1/strategies?status=active')
  expect(response.ok()).toBe(true)
  const { items } = (await response.json()) as { items: Strategy[] }
  expect(items).toHaveLength(1)
  const strategy = items[0]
  expect([strategy.startYear, strategy.endYear]).toEqual([2020, 2026])

  await page.goto('/')

  await expect(page.getByRole('banner').getByRole('link', { name: 'Uppföljning – Operation Kvinnofrid' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Strategin' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: strategy.name, exact: true })).toBeVisible()

  const goals = page.getByRole('region', { name: 'Mål', exact: true })
  const goalHeadings = goals.getByRole('heading', { level: 3 })
  await expect(goalHeadings).toHaveCount(8)
  await expect(goalHeadings.first()).toContainText('Förebygga våld')
  await expect(goals.getByRole('heading', { name: 'Åtgärder' }).first()).toBeVisible()

  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'API-dokumentation' })).toHaveAttribute('href', '/api/v1/docs')

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
