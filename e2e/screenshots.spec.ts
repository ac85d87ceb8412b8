// Screenshots of the main screens for docs/screenshots (and the README): `npm run screenshots`.
// Skipped in the ordinary run.
import { expect, test, type Page } from '@playwright/test'
import { accounts, OPK_STATE, signInAt } from './accounts'

test.skip(!process.env.SCREENSHOTS, 'only with SCREENSHOTS=1 (npm run screenshots)')
test.use({ viewport: { width: 1280, height: 900 } })

/** Once nothing is loading any more ("Hämtar …"). */
async function shoot(page: Page, name: string, fullPage = false) {
  await expect(page.getByText(/^Hämtar/)).toHaveCount(0)
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage })
}

test('coordinator screens', async ({ page }) => {
  await page.goto('/logga-in')
  await shoot(page, 'logga-in')
  await signInAt(page, accounts.botkyrka, '/')
  await expect(page.getByRole('heading', { level: 1, name: 'Min översikt' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  await shoot(page, 'min-oversikt-samordnare')
  await page.goto('/planer')
  await page.getByRole('table', { name: 'Din organisations genomförandeplaner' }).getByRole('link', { name: 'Botkyrka kommun' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Aktiviteter' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  await shoot(page, 'genomforandeplan')
  await page
    .getByRole('link', { name: /^Följ upp 2025/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name: /^Uppföljning 2025/ })).toBeVisible()
  await page.waitForLoadState('networkidle')
  await shoot(page, 'uppfoljning')
})

test('steering group and OPK screens', async ({ browser }) => {
  const steering = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  await signInAt(steering, accounts.steeringGroup, '/')
  await expect(steering.getByRole('table', { name: /^Genomförande och täckning per mål/ })).toBeVisible()
  await shoot(steering, 'min-oversikt-styrgrupp')
  await steering.goto('/strategi')
  await steering.waitForLoadState('networkidle')
  await shoot(steering, 'strategin')
  const opk = await (await browser.newContext({ storageState: OPK_STATE, viewport: { width: 1280, height: 900 } })).newPage()
  await opk.goto('/granskning')
  await expect(opk.getByRole('heading', { level: 1, name: 'Granskning' })).toBeVisible()
  await opk.waitForLoadState('networkidle')
  await shoot(opk, 'granskning')
  await opk.goto('/administration/strategi')
  await opk.waitForLoadState('networkidle')
  await shoot(opk, 'administration')
})

test('results and report screens', async ({ browser }) => {
  test.setTimeout(300_000)
  const steering = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  await signInAt(steering, accounts.steeringGroup, '/resultat')
  await expect(steering.getByRole('heading', { level: 1, name: 'Måluppfyllelse' })).toBeVisible()
  await steering.waitForLoadState('networkidle')
  await shoot(steering, 'maluppfyllelse', true)
  for (const [path, heading, name] of [
    ['/resultat/tackning', 'Täckning', 'tackning'],
    ['/resultat/karta', 'Karta', 'karta'],
    ['/resultat/utveckling', 'Utveckling', 'utveckling'],
  ] as const) {
    await steering.goto(path)
    await expect(steering.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await steering.waitForLoadState('networkidle')
    await shoot(steering, name, true)
  }

  // a draft Lägesrapport for 2024, as OPK staff see it
  const opk = await (await browser.newContext({ storageState: OPK_STATE, viewport: { width: 1280, height: 900 } })).newPage()
  await opk.goto('/lagesrapporter')
  const title = 'Lägesrapport 2024'
  const existing = opk.getByRole('table', { name: 'Lägesrapporter, nyast först' }).getByRole('link', { name: title, exact: true })
  if (await existing.count()) await existing.click()
  else {
    const form = opk.getByRole('region', { name: 'Ny lägesrapport' })
    await form.getByLabel('Uppföljningsperiod').selectOption({ label: '2024' })
    await form.getByLabel('Rubrik').fill(title)
    await form.getByRole('button', { name: 'Skapa rapporten' }).click()
  }
  await expect(opk.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await opk.waitForLoadState('networkidle')
  await shoot(opk, 'lagesrapport')
})
