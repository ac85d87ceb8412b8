// Signing in and out through the form, against the real server with the demo accounts; the pages anyone may
// read without signing in; axe on each of them, also with the error summary shown.
import { expect, test } from '@playwright/test'
import { accounts, OPK_TOTP_SECRET, submitSignIn, totpCode } from './accounts'
import { expectNoAxeViolations } from './axe'

type Session = { stage: string; user: { name: string; organisations: { name: string }[] } | null }

test('the start page asks for sign-in and opens after it, showing who is signed in', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL('/logga-in?returnTo=/')
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible()
  await expect(page).toHaveTitle('Logga in – Uppföljning – Operation Kvinnofrid')
  await expect(page.getByLabel('E-postadress')).toHaveAttribute('autocomplete', 'username')
  await expect(page.getByLabel('Lösenord', { exact: true })).toHaveAttribute('autocomplete', 'current-password')
  await expectNoAxeViolations(page)

  await submitSignIn(page, accounts.botkyrka)

  await expect(page).toHaveURL('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Min översikt' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Botkyrka kommun' })).toBeVisible()
  const session = (await (await page.request.get('/api/v1/auth/session')).json()) as Session
  expect(session.stage).toBe('signed-in')
  const banner = page.getByRole('banner')
  await expect(banner).toContainText(session.user!.name)
  await expect(banner).toContainText(`Samordnare, ${session.user!.organisations[0].name}`)
  await expectNoAxeViolations(page)
})

test('a wrong password is shown in the error summary, which takes the focus', async ({ page }) => {
  await page.goto('/logga-in')
  await submitSignIn(page, accounts.huddinge, 'inte-lösenordet')

  const summary = page.getByRole('alert', { name: 'Det finns ett problem' })
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Fel e-postadress eller lösenord.')
  const email = page.getByLabel('E-postadress')
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(email).toHaveAccessibleDescription(/Fel e-postadress eller lösenord\./)
  await expect(page).toHaveURL('/logga-in')
  await expectNoAxeViolations(page)

  // the summary's link puts the cursor in the field it is about
  await summary.getByRole('link', { name: 'Fel e-postadress eller lösenord.' }).click()
  await expect(email).toBeFocused()
})

test('too many failed attempts are stopped with a Swedish explanation', async ({ page }, testInfo) => {
  // an address of its own per project: the limit counts failures per e-mail address (5 in 15 minutes)
  const email = `ingen-${testInfo.project.name}@demo.uppfoljning.se`
  await page.goto('/logga-in')
  const summary = page.getByRole('alert', { name: 'Det finns ett problem' })
  for (let attempt = 1; attempt <= 5; attempt++) {
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/login'))
    await submitSignIn(page, email, `fel-${attempt}`)
    expect((await answered).status()).toBe(401)
    await expect(summary).toContainText('Fel e-postadress eller lösenord.')
  }
  await submitSignIn(page, email, 'fel-6')
  await expect(summary).toContainText('För många misslyckade inloggningar')
  await expect(summary).toBeFocused()
})

test('empty fields are named in the error summary, each linked to its field', async ({ page }) => {
  await page.goto('/logga-in')
  await page.getByRole('button', { name: 'Logga in', exact: true }).click()

  const summary = page.getByRole('alert', { name: 'Det finns ett problem' })
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link')).toHaveText(['Ange din e-postadress.', 'Ange ditt lösenord.'])
  await expect(page.getByLabel('Lösenord', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expectNoAxeViolations(page)

  await summary.getByRole('link', { name: 'Ange ditt lösenord.' }).click()
  await expect(page.getByLabel('Lösenord', { exact: true })).toBeFocused()
})

test('a sign-in through the organisation that was refused is explained', async ({ page }) => {
  await page.goto('/logga-in?fel=oidc-okand')
  const summary = page.getByRole('alert', { name: 'Det finns ett problem' })
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Det finns inget konto i Uppföljning')
  await expectNoAxeViolations(page)
})

test('signing out returns to the sign-in page and ends the session', async ({ page }) => {
  await page.goto('/logga-in')
  await submitSignIn(page, accounts.steeringGroup)
  await expect(page.getByRole('heading', { level: 1, name: 'Min översikt' })).toBeVisible()
  await expect(page.getByRole('banner')).toContainText('Styrgrupp')

  await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click()

  await expect(page).toHaveURL('/logga-in')
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible()
  await expect(page.getByRole('banner').getByRole('button', { name: 'Logga ut' })).toHaveCount(0)
  expect(((await (await page.request.get('/api/v1/auth/session')).json()) as Session).stage).toBe('signed-out')
  await page.goto('/')
  await expect(page).toHaveURL('/logga-in?returnTo=/')
})

test('a returnTo that leads off the site is ignored', async ({ page }) => {
  await page.goto('/logga-in?returnTo=//example.org/')
  await submitSignIn(page, accounts.polisen)
  await expect(page).toHaveURL('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Min översikt' })).toBeVisible()
})

test('a session that ends while the page is open leads to the sign-in page, and back after signing in', async ({ page, context }) => {
  await page.clock.install()
  await page.goto('/logga-in')
  await submitSignIn(page, accounts.botkyrka)
  await expect(
    page.getByRole('region', { name: 'Botkyrka kommun' }).getByRole('heading', { level: 3, name: 'Genomförandeplan' }),
  ).toBeVisible()

  // the server forgets the session (as after 30 idle minutes); a minute later the user comes back to the tab,
  // the page refetches what has gone stale and gets a 401
  await context.clearCookies()
  await page.clock.fastForward('01:00')
  await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')))

  await expect(page).toHaveURL('/logga-in?returnTo=/')
  await submitSignIn(page, accounts.botkyrka)
  await expect(page).toHaveURL('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Min översikt' })).toBeVisible()
})

test('OPK staff give the code from their app after the password', async ({ page }, testInfo) => {
  // A code works once per account: the narrow project running the same journey at the same moment would replay it.
  test.skip(testInfo.project.name !== 'desktop', 'one TOTP journey per run')
  await page.goto('/logga-in')
  await submitSignIn(page, accounts.opk)

  await expect(page.getByRole('heading', { level: 2, name: 'Tvåstegsverifiering' })).toBeVisible()
  const code = page.getByLabel('Engångskod')
  await expect(code).toBeFocused()
  await expect(code).toHaveAttribute('autocomplete', 'one-time-code')
  await expectNoAxeViolations(page)

  // a code from ten minutes ahead is not valid now
  await code.fill(totpCode(OPK_TOTP_SECRET, Date.now() + 600_000))
  await page.getByRole('button', { name: 'Fortsätt' }).click()
  const summary = page.getByRole('alert', { name: 'Det finns ett problem' })
  await expect(summary).toBeFocused()
  await expect(code).toHaveAttribute('aria-invalid', 'true')
  await expectNoAxeViolations(page)

  // the next step's code (accepted for clock drift): the setup project has already used this step's
  await code.fill(totpCode(OPK_TOTP_SECRET, Date.now() + 30_000))
  await page.getByRole('button', { name: 'Fortsätt' }).click()
  await expect(page).toHaveURL('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Min översikt' })).toBeVisible()
  await expect(page.getByRole('banner')).toContainText('OPK-handläggare')
})

test('the accessibility statement and the privacy page open without signing in', async ({ page }) => {
  await page.goto('/logga-in')
  await page.getByRole('main').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click()
  await expect(page).toHaveURL('/tillganglighet')
  await expect(page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('delvis förenlig')
  await expect(page.getByRole('link', { name: 'tillganglighet@example.se' }).first()).toHaveAttribute(
    'href',
    'mailto:tillganglighet@example.se',
  )
  await expect(page.getByRole('link', { name: 'Anmäl brister i tillgängligheten till Digg' })).toHaveAttribute(
    'href',
    'https://www.digg.se/tdosanmalan',
  )
  await expect(page.getByRole('banner').getByRole('link', { name: 'Logga in' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('contentinfo').getByRole('link', { name: 'Om personuppgifter' }).click()
  await expect(page).toHaveURL('/personuppgifter')
  await expect(page.getByRole('heading', { level: 1, name: 'Om personuppgifter' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('personnummer')
  await expectNoAxeViolations(page)

  // and straight from the address bar, as a fresh visitor
  await page.goto('/tillganglighet')
  await expect(page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' })).toBeVisible()
  await expect(page).toHaveURL('/tillganglighet')
})
