// Granskning (/granskning) against the real server with the demo data: OPK staff filter the queue, return a submitted
// follow-up with a comment (refused while it is empty or holds a personnummer), approve another, and are told when
// someone else reviewed a follow-up first (409: it is reloaded). axe on each state of the page.
// Each project works on organisations of its own, so that the two never review the same follow-up.
import { expect, test, type Page } from '@playwright/test'
import { accounts, OPK_STATE, OPK_TOTP_SECRET, submitSignIn, totpCode } from './accounts'
import { expectNoAxeViolations } from './axe'

/**
 * Municipalities with submitted follow-ups in the demo's open period (two for the journey, one for the conflict).
 * Municipalities, because an authority's filter also holds the joint actions it co-owns with municipalities.
 */
const organisations: Record<string, { journey: string; conflict: string }> = {
  desktop: { journey: 'Södertälje kommun', conflict: 'Värmdö kommun' },
  'narrow-320': { journey: 'Sigtuna kommun', conflict: 'Tyresö kommun' },
}

// The desktop journey signs in through the form with a one-time code; the narrow one uses the session the setup
// project saved (a TOTP code works once per 30-second step, and the two projects run at the same time).
// Playwright reads the fixtures a function needs from its first parameter, which must be a destructuring pattern
// eslint-disable-next-line no-empty-pattern
test.use({ storageState: async ({}, use, testInfo) => use(testInfo.project.name === 'desktop' ? undefined : OPK_STATE) })

/**
 * Password, then the code of the current step. A step already used (the setup project's sign-in, or another journey's
 * code for the next step) is refused: then wait for the next step and try again.
 */
async function signInWithTotp(page: Page) {
  await page.goto('/logga-in')
  await submitSignIn(page, accounts.opk)
  const code = page.getByLabel('Engångskod')
  for (let attempt = 1; ; attempt++) {
    await code.fill(totpCode(OPK_TOTP_SECRET))
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/totp/verify'))
    await page.getByRole('button', { name: 'Fortsätt' }).click()
    const response = await answered
    if (response.ok()) break
    expect(response.status(), 'only a used step is refused').toBe(401)
    expect(attempt, 'a fresh step is accepted').toBeLessThan(4)
    await page.waitForTimeout(30_500 - (Date.now() % 30_000))
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Min översikt' })).toBeVisible()
}

async function csrfToken(page: Page): Promise<string> {
  return ((await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string }).csrfToken
}

async function followUp(page: Page, id: string) {
  const response = await page.request.get(`/api/v1/follow-ups/${id}`)
  expect(response.ok()).toBe(true)
  return (await response.json()) as { state: string; version: number; reviewComment: string | null }
}

const queueTable = (page: Page) => page.getByRole('table', { name: /^Uppföljningar, sida \d+ av \d+$/ })
const openedId = (page: Page) => new URL(page.url()).searchParams.get('uppfoljning')!

/** Opens the first follow-up of the queue and returns its action's title. */
async function openFirst(page: Page): Promise<string> {
  const link = queueRows(page).first().getByRole('link')
  const title = (await link.textContent())!.replace(/ – granska$/, '')
  await link.click()
  await expect(page).toHaveURL(/uppfoljning=\d+/)
  await expect(page.getByRole('heading', { level: 2, name: `Uppföljning: ${title}` })).toBeFocused()
  return title
}

/** The queue's rows (not its header row). */
const queueRows = (page: Page) =>
  queueTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') })

/** Chooses the organisation and waits until the queue holds only its follow-ups (the old list stays while the new loads). */
async function filterByOrganisation(page: Page, name: string) {
  await page.getByLabel('Organisation').selectOption({ label: name })
  await expect(page).toHaveURL(/organisation=\d+/)
  await expect(page.getByRole('status').filter({ hasText: /matchar filtret/ })).toBeVisible()
  await expect(queueTable(page)).not.toHaveAttribute('aria-busy', 'true')
  await expect(queueRows(page).filter({ hasNotText: name })).toHaveCount(0)
  await expect(queueRows(page).first()).toBeVisible()
}

test('OPK staff return a submitted follow-up with a comment, then approve another', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  const mine = organisations[testInfo.project.name]
  if (testInfo.project.name === 'desktop') {
    await signInWithTotp(page)
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Granskning' }).click()
  } else {
    await page.goto('/granskning')
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Granskning' })).toBeVisible()
  await expect(page).toHaveTitle('Granskning – Uppföljning – Operation Kvinnofrid')
  await expect(page.getByLabel('Status')).toHaveValue('submitted')
  await expect(queueTable(page)).toBeVisible()
  await expectNoAxeViolations(page)

  await filterByOrganisation(page, mine.journey)
  const before = await queueRows(page).count()
  expect(before, `the demo has submitted follow-ups of ${mine.journey}`).toBeGreaterThanOrEqual(2)

  // return one: the comment is required, and never sent with a personnummer in it
  const returnedTitle = await openFirst(page)
  const returnedId = openedId(page)
  const detail = page.getByRole('region', { name: `Uppföljning: ${returnedTitle}` })
  await expect(detail.getByRole('heading', { level: 3, name: 'Kommentarer' })).toBeVisible()
  await expectNoAxeViolations(page)

  const sent: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/follow-ups/')) sent.push(request.url())
  })
  const comment = detail.getByLabel('Kommentar till organisationen')
  await detail.getByRole('button', { name: 'Återsänd' }).click()
  const summary = page.getByRole('alert', { name: 'Det finns ett problem' })
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: 'Skriv en kommentar om vad som behöver kompletteras.' })).toBeVisible()
  await expect(comment).toHaveAttribute('aria-invalid', 'true')
  await expectNoAxeViolations(page)

  await comment.fill('Ärendet gäller 640823-3234, se akten.')
  await expect(comment).toHaveAccessibleDescription(/personnummer/)
  await detail.getByRole('button', { name: 'Återsänd' }).click()
  await expect(summary.getByRole('link', { name: 'Ta bort personnumret eller samordningsnumret ur kommentaren.' })).toBeVisible()
  expect(sent).toEqual([])

  const reviewComment = 'Beskriv vilka resultat insatsen har gett hittills och hur många som har deltagit.'
  await comment.fill(reviewComment)
  const returned = page.waitForResponse((response) => response.url().endsWith(`/api/v1/follow-ups/${returnedId}/return`))
  await detail.getByRole('button', { name: 'Återsänd' }).click()
  expect((await returned).status()).toBe(200)
  await expect(
    detail.getByRole('status').filter({ hasText: `Uppföljningen av ”${returnedTitle}” är återsänd med din kommentar.` }),
  ).toBeVisible()
  await expect(detail.getByRole('definition').filter({ hasText: 'Återsänd' })).toBeVisible()
  await expect(detail.getByRole('listitem').filter({ hasText: reviewComment })).toBeVisible()
  await expect(detail.getByRole('button', { name: 'Godkänn' })).toHaveCount(0)
  // the queue of submitted follow-ups no longer holds it
  await expect(queueRows(page)).toHaveCount(before - 1)
  expect(await followUp(page, returnedId)).toMatchObject({ state: 'returned', reviewComment })
  await expectNoAxeViolations(page)

  // approve another
  const approvedTitle = await openFirst(page)
  const approvedId = openedId(page)
  expect(approvedId).not.toBe(returnedId)
  const approvedDetail = page.getByRole('region', { name: `Uppföljning: ${approvedTitle}` })
  await approvedDetail.getByRole('button', { name: 'Godkänn' }).click()
  await expect(approvedDetail.getByRole('status').filter({ hasText: `Uppföljningen av ”${approvedTitle}” är godkänd.` })).toBeVisible()
  await expect(approvedDetail.getByRole('definition').filter({ hasText: 'Godkänd' })).toBeVisible()
  await expect(queueRows(page)).toHaveCount(before - 2)
  expect((await followUp(page, approvedId)).state).toBe('approved')
  await expectNoAxeViolations(page)

  // closing the follow-up returns to the queue
  await approvedDetail.getByRole('link', { name: 'Stäng uppföljningen' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Uppföljningar' })).toBeFocused()
})

test.describe('with the saved session', () => {
  // this check needs no second one-time code: both projects use the session the setup project saved
  test.use({ storageState: OPK_STATE })

  test('a follow-up someone else reviewed meanwhile is reloaded, and the reviewer is told', async ({ page }, testInfo) => {
    test.slow() // the queue, a follow-up, two reviews and a scan
    const mine = organisations[testInfo.project.name]
    await page.goto('/granskning')
    await filterByOrganisation(page, mine.conflict)
    const title = await openFirst(page)
    const id = openedId(page)

    // another reviewer approves it while this one reads it
    const { version } = await followUp(page, id)
    const elsewhere = await page.request.post(`/api/v1/follow-ups/${id}/approve`, {
      data: { version },
      headers: { 'X-CSRF-Token': await csrfToken(page) },
    })
    expect(elsewhere.status()).toBe(200)

    const detail = page.getByRole('region', { name: `Uppföljning: ${title}` })
    const answered = page.waitForResponse((response) => response.url().endsWith(`/api/v1/follow-ups/${id}/approve`))
    await detail.getByRole('button', { name: 'Godkänn' }).click()
    expect((await answered).status()).toBe(409)
    await expect(detail.getByRole('alert')).toContainText('Någon annan har hunnit före')
    // reloaded: it stands approved now, and can no longer be reviewed
    await expect(detail.getByRole('definition').filter({ hasText: 'Godkänd' })).toBeVisible()
    await expect(detail.getByRole('button', { name: 'Godkänn' })).toHaveCount(0)
    await expect(detail).toContainText('Uppföljningen är inte inskickad och kan inte granskas nu.')
    await expectNoAxeViolations(page)
  })
})
