// Following up an action for the open period 2025 against the real server with the demo data: the draft saves
// itself as the coordinator types, a personnummer is warned about at once and stops sending, then it is submitted
// and read-only — with the mouse and with the keyboard only. A returned follow-up shows the reviewer's comment at the
// top and is answered, changed and submitted again. The steering group reads. Axe on every screen.
// Each test follows up an action of its own (titles carry the project's name): both projects share one database.
import { expect, test, type APIRequestContext, type Locator, type Page, type TestInfo } from '@playwright/test'
import { accounts, OPK_STATE, signInAt } from './accounts'
import { expectNoAxeViolations } from './axe'

type Session = { csrfToken: string; user: { organisations: { id: number }[] } }
type Plan = { id: number; strategyId: number }
type Action = { id: number; title: string }
type FollowUp = { id: number; version: number; state: string; obstacles: string }

const PERSONNUMMER = '640823-3234'
const SAVED = /Utkastet sparades kl\. \d{2}:\d{2}/

const unique = (testInfo: TestInfo, what: string) => `${what} (${testInfo.project.name} ${Date.now().toString(36)})`

async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`/api/v1${path}`)
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()) as T
}

async function post<T>(request: APIRequestContext, csrfToken: string | null, path: string, data: unknown): Promise<T> {
  // signed out there is no session and so no token yet (signing in)
  const response = await request.post(`/api/v1${path}`, { data, headers: csrfToken ? { 'X-CSRF-Token': csrfToken } : {} })
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()) as T
}

/** The signed-in coordinator's plan, a new action in it (the test's own) and the open period. */
async function newActionInOwnPlan(page: Page, title: string) {
  const session = await getJson<Session>(page.request, '/auth/session')
  const plan = (await getJson<{ items: Plan[] }>(page.request, `/implementation-plans?organisationId=${session.user.organisations[0].id}`))
    .items[0]
  const measures = await getJson<{ items: { id: number }[] }>(page.request, `/measures?strategyId=${plan.strategyId}&pageSize=1`)
  const action = await post<Action>(page.request, session.csrfToken, `/implementation-plans/${plan.id}/actions`, {
    title,
    measureIds: [measures.items[0].id],
  })
  const period = (
    await getJson<{ items: { id: number; name: string }[] }>(page.request, `/reporting-periods?strategyId=${plan.strategyId}&status=open`)
  ).items[0]
  expect(period.name).toBe('2025')
  return { plan, action, period, csrfToken: session.csrfToken }
}

async function storedFollowUp(page: Page, actionId: number, periodId: number) {
  return (await getJson<{ items: FollowUp[] }>(page.request, `/plan-actions/${actionId}/follow-ups?periodId=${periodId}`)).items[0]
}

/** Presses Tab (or Shift+Tab) until `target` has the focus: how a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 250) {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press(key)
  }
  throw new Error(`${key} never reached ${target}`)
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

// axe scans of these long pages take several seconds each, and the drafts wait to save themselves
test.beforeEach(() => test.slow())

test('a coordinator follows up an action: the draft saves itself, a personnummer stops it, then it is submitted', async ({
  page,
}, testInfo) => {
  await signInAt(page, accounts.botkyrka, '/planer')
  const title = unique(testInfo, 'Utbildning i våldsutsatthet för hemtjänsten')
  const { plan, action, period } = await newActionInOwnPlan(page, title)

  await page.goto(`/planer/${plan.id}`)
  const item = page.getByRole('article', { name: title })
  await expect(item).toContainText('Inte påbörjad')
  await item.getByRole('link', { name: /^Följ upp 2025/ }).click()

  await expect(page).toHaveURL(`/aktiviteter/${action.id}/uppfoljning/${period.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Uppföljning 2025 ${title}`)
  await expect(page.getByRole('status').filter({ hasText: 'Utkastet sparas automatiskt medan du skriver.' })).toBeVisible()
  await expectNoHorizontalScroll(page)
  await expectNoAxeViolations(page)

  await page.getByLabel('Aktivitetens status under perioden').selectOption({ label: 'Pågår' })
  await page.getByLabel('Hur långt har aktiviteten kommit?').fill('40')
  await page.getByLabel('Lägesbeskrivning').pressSequentially('Två av fyra grupper har fått utbildningen.')
  await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible()
  await expect(page.getByText('Utkast', { exact: true })).toBeVisible()
  const draft = await storedFollowUp(page, action.id, period.id)
  expect(draft.state).toBe('draft')

  const obstacles = page.getByLabel('Hinder och utmaningar')
  await obstacles.pressSequentially(`Personal i tjänst ${PERSONNUMMER} var sjuk.`)
  await expect(obstacles).toHaveAccessibleDescription(/innehåller ett personnummer/)
  await expect(page.getByRole('status').filter({ hasText: 'Utkastet sparas inte medan texten innehåller ett personnummer' })).toBeVisible()
  await page.getByRole('button', { name: 'Skicka in' }).click()
  const summary = page.getByRole('alert', { name: 'Det finns ett problem' })
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('”Hinder och utmaningar” innehåller ett personnummer')
  await expectNoAxeViolations(page)
  // refused: nothing was sent, and the number never reached the server
  expect((await storedFollowUp(page, action.id, period.id)).state).toBe('draft')
  expect((await storedFollowUp(page, action.id, period.id)).obstacles).not.toContain(PERSONNUMMER)

  await obstacles.fill('En del personal var sjukskriven under hösten.')
  await expect(page.getByRole('status').filter({ hasText: 'personnummer' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Skicka in' }).click()

  await expect(page.getByRole('status').filter({ hasText: 'Uppföljningen är inskickad.' })).toBeFocused()
  await expect(page.getByText('Inskickad', { exact: true }).first()).toBeVisible()
  await expect(page.getByLabel('Lägesbeskrivning')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Skicka in' })).toHaveCount(0)
  const shown = page.getByRole('region', { name: 'Uppföljningen' })
  await expect(shown).toContainText('Två av fyra grupper har fått utbildningen.')
  await expect(shown).toContainText('40 %')
  const submitted = await storedFollowUp(page, action.id, period.id)
  expect(submitted.state).toBe('submitted')
  expect(submitted.obstacles).toBe('En del personal var sjukskriven under hösten.')
  await expectNoAxeViolations(page)

  // the plan shows where it stands
  await page.getByRole('link', { name: 'Tillbaka till genomförandeplanen' }).click()
  await expect(page.getByRole('article', { name: title })).toContainText('Inskickad')
})

test('the same follow-up with the keyboard only', async ({ page }, testInfo) => {
  await signInAt(page, accounts.botkyrka, '/planer')
  const title = unique(testInfo, 'Tangentbordsaktivitet om stöd till barn')
  const { plan, action, period } = await newActionInOwnPlan(page, title)
  await page.goto(`/planer/${plan.id}`)
  await expect(page.getByRole('article', { name: title })).toBeVisible()

  await tabTo(page, page.getByRole('article', { name: title }).getByRole('link', { name: /^Följ upp 2025/ }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`/aktiviteter/${action.id}/uppfoljning/${period.id}`)

  const status = page.getByLabel('Aktivitetens status under perioden')
  await tabTo(page, status)
  await expect(status).toHaveValue('planned')
  await page.keyboard.press('ArrowDown')
  await expect(status).toHaveValue('ongoing')

  await page.keyboard.press('Tab')
  const progress = page.getByLabel('Hur långt har aktiviteten kommit?')
  await expect(progress).toBeFocused()
  for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowUp')
  await expect(progress).toHaveValue('5')

  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Lägesbeskrivning')).toBeFocused()
  await page.keyboard.type('Arbetet har kommit igång.')
  await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible()

  const obstacles = page.getByLabel('Hinder och utmaningar')
  await tabTo(page, obstacles)
  await page.keyboard.type(`Gäller ${PERSONNUMMER}`)
  await expect(obstacles).toHaveAccessibleDescription(/innehåller ett personnummer/)

  const submit = page.getByRole('button', { name: 'Skicka in' })
  await tabTo(page, submit)
  await page.keyboard.press('Enter')
  const summary = page.getByRole('alert', { name: 'Det finns ett problem' })
  await expect(summary).toBeFocused()
  expect((await storedFollowUp(page, action.id, period.id)).state).toBe('draft')

  // the summary's link takes the cursor back to the field
  await page.keyboard.press('Tab')
  await expect(summary.getByRole('link')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(obstacles).toBeFocused()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Backspace')
  await page.keyboard.type('Inga hinder.')

  // back up to the status and forward again to the button, then Space
  await tabTo(page, status, 'Shift+Tab')
  await tabTo(page, submit)
  await page.keyboard.press('Space')
  await expect(page.getByRole('status').filter({ hasText: 'Uppföljningen är inskickad.' })).toBeFocused()
  const submitted = await storedFollowUp(page, action.id, period.id)
  expect(submitted).toMatchObject({ state: 'submitted', obstacles: 'Inga hinder.' })
})

test('a follow-up saved by someone else meanwhile: the text stays, and the form offers their version', async ({ page }, testInfo) => {
  await signInAt(page, accounts.botkyrka, '/planer')
  const { action, period, csrfToken } = await newActionInOwnPlan(page, unique(testInfo, 'Samtalsgrupper för våldsutövare'))
  const created = await post<FollowUp>(page.request, csrfToken, `/plan-actions/${action.id}/follow-ups`, {
    periodId: period.id,
    status: 'ongoing',
    narrative: 'Första versionen.',
  })
  await page.goto(`/aktiviteter/${action.id}/uppfoljning/${period.id}`)
  await expect(page.getByLabel('Lägesbeskrivning')).toHaveValue('Första versionen.')

  // a colleague saves in the meantime
  const response = await page.request.patch(`/api/v1/follow-ups/${created.id}`, {
    data: { narrative: 'Kollegans version.', version: created.version },
    headers: { 'X-CSRF-Token': csrfToken },
  })
  expect(response.ok()).toBe(true)

  await page.getByLabel('Resultat').pressSequentially('Min egen text.')
  const conflict = page.getByRole('alert').filter({ hasText: 'Någon annan har ändrat uppföljningen' })
  await expect(conflict).toContainText('dina senaste ändringar sparades inte')
  await expect(page.getByLabel('Resultat')).toHaveValue('Min egen text.')
  await expectNoAxeViolations(page)

  await conflict.getByRole('button', { name: 'Hämta deras version' }).click()
  await expect(page.getByLabel('Lägesbeskrivning')).toHaveValue('Kollegans version.')
  await expect(page.getByLabel('Resultat')).toHaveValue('')
  await expect(conflict).toHaveCount(0)
  await page.getByLabel('Resultat').pressSequentially('Nu sparas det.')
  await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible()
})

test('a returned follow-up shows the comment at the top; the coordinator answers, changes and submits again', async ({
  page,
  playwright,
  baseURL,
}, testInfo) => {
  await signInAt(page, accounts.botkyrka, '/planer')
  const title = unique(testInfo, 'Rutin för skyddat boende')
  const { action, period, csrfToken } = await newActionInOwnPlan(page, title)
  const created = await post<FollowUp>(page.request, csrfToken, `/plan-actions/${action.id}/follow-ups`, {
    periodId: period.id,
    status: 'ongoing',
    progress: 30,
    narrative: 'Rutinen är påbörjad.',
  })
  const submitted = await post<FollowUp>(page.request, csrfToken, `/follow-ups/${created.id}/submit`, { version: created.version })

  // OPK staff returns it with a comment (the session opk-session.setup.ts signed in once for the run)
  const opk = await playwright.request.newContext({ baseURL, storageState: OPK_STATE })
  const opkCsrf = (await getJson<{ csrfToken: string }>(opk, '/auth/session')).csrfToken
  const comment = 'Beskriv gärna vilka boenden som omfattas av rutinen.'
  await post(opk, opkCsrf, `/follow-ups/${created.id}/return`, { version: submitted.version, comment })
  await opk.dispose()

  await page.goto(`/aktiviteter/${action.id}/uppfoljning/${period.id}`)
  const returned = page.getByRole('region', { name: 'Återsänd för komplettering' })
  await expect(returned).toContainText(comment)
  await expect(returned).toContainText('OPK')
  // at the top: before the form
  const notAfter = await returned.evaluate(
    (element) => !!(element.compareDocumentPosition(document.getElementById('follow-up-form-heading')!) & Node.DOCUMENT_POSITION_FOLLOWING),
  )
  expect(notAfter).toBe(true)
  await expect(page.getByRole('heading', { level: 2, name: 'Komplettera uppföljningen' })).toBeVisible()
  await expectNoAxeViolations(page)

  const thread = page.getByRole('region', { name: 'Kommentarer' })
  await thread.getByLabel('Ny kommentar').fill('Rutinen gäller kommunens två skyddade boenden.')
  await thread.getByRole('button', { name: 'Skicka kommentaren' }).click()
  await expect(thread.getByRole('listitem')).toHaveCount(2)
  await expect(thread.getByRole('listitem').last()).toContainText('Bodil Botkyrka (demo)')
  await expect(thread.getByRole('listitem').last()).toContainText('Rutinen gäller kommunens två skyddade boenden.')

  await page.getByLabel('Resultat').fill('Rutinen gäller båda kommunens skyddade boenden.')
  await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible()
  await page.getByRole('button', { name: 'Skicka in igen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Uppföljningen är inskickad.' })).toBeFocused()
  expect((await storedFollowUp(page, action.id, period.id)).state).toBe('submitted')
})

test('the steering group reads a follow-up without a form', async ({ page }) => {
  await signInAt(page, accounts.steeringGroup, '/planer')
  await page.getByRole('table', { name: 'Alla genomförandeplaner' }).getByRole('link', { name: 'Botkyrka kommun' }).click()
  await page
    .getByRole('link', { name: /^Visa uppföljningen 2025/ })
    .first()
    .click()
  await expect(page).toHaveURL(/\/aktiviteter\/\d+\/uppfoljning\/\d+$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Uppföljningen' })).toBeVisible()
  await expect(page.getByRole('textbox')).toHaveCount(0)
  await expect(page.getByRole('combobox')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /Skicka/ })).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 2, name: 'Kommentarer' })).toBeVisible()
  await expectNoHorizontalScroll(page)
  await expectNoAxeViolations(page)
})
