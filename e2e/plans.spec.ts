// The coordinator's plan screens against the real server with the demo data: the list of implementation plans
// (own first, filter), the Botkyrka plan with its actions (add one linked to two measures, change it, its history,
// a version conflict, archive with confirmation), and the steering group's read-only view; axe on every screen.
// Each test makes its own actions (titles carry the project's name), as both projects share one database.
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test'
import { accounts, signInAt } from './accounts'
import { expectNoAxeViolations } from './axe'

type Session = { csrfToken: string; user: { organisations: { id: number; name: string }[] } }
type Plan = { id: number; title: string; organisationName: string; strategyId: number }
type Action = { id: number; version: number; title: string }

/** A title no other test (or project) uses. */
const unique = (testInfo: TestInfo, what: string) => `${what} (${testInfo.project.name} ${Date.now().toString(36)})`

/** The signed-in coordinator's own plan (through the API, with the page's session). */
async function ownPlan(page: Page): Promise<Plan> {
  const session = (await (await page.request.get('/api/v1/auth/session')).json()) as Session
  const organisationId = session.user.organisations[0].id
  const plans = (await (await page.request.get(`/api/v1/implementation-plans?organisationId=${organisationId}`)).json()) as {
    items: Plan[]
  }
  return plans.items[0]
}

/** Writes through the API as the signed-in user (a test's starting point, not what it checks). */
async function apiWrite<T>(page: Page, method: 'post' | 'patch', path: string, data: unknown): Promise<T> {
  const session = (await (await page.request.get('/api/v1/auth/session')).json()) as Session
  const response = await page.request[method](`/api/v1${path}`, { data, headers: { 'X-CSRF-Token': session.csrfToken } })
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()) as T
}

async function makeAction(page: Page, plan: Plan, title: string): Promise<Action> {
  const measures = (await (await page.request.get(`/api/v1/measures?strategyId=${plan.strategyId}&pageSize=1`)).json()) as {
    items: { id: number }[]
  }
  return apiWrite<Action>(page, 'post', `/implementation-plans/${plan.id}/actions`, { title, measureIds: [measures.items[0].id] })
}

const action = (page: Page, title: string): Locator => page.getByRole('article', { name: title })

/** Nothing wider than the window, down to 320 px (WCAG 1.4.10). */
async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

// axe scans of these long pages take several seconds each
test.beforeEach(() => test.slow())

test('the plan list shows the own plan first, filters by organisation and passes axe', async ({ page }) => {
  await signInAt(page, accounts.botkyrka, '/planer')
  await expect(page.getByRole('heading', { level: 1, name: 'Genomförandeplaner' })).toBeVisible()
  await expect(page).toHaveTitle('Genomförandeplaner – Uppföljning – Operation Kvinnofrid')

  const own = page.getByRole('table', { name: 'Din organisations genomförandeplaner' })
  const others = page.getByRole('table', { name: 'Övriga organisationers genomförandeplaner' })
  await expect(own.getByRole('row')).toHaveCount(2) // the header and Botkyrka's plan
  await expect(own.getByRole('rowheader')).toHaveText(['Botkyrka kommun'])
  await expect(others.getByRole('row', { name: /Danderyds kommun/ })).toContainText('Utkast')
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Genomförandeplaner' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await expectNoHorizontalScroll(page)
  await expectNoAxeViolations(page)

  await page.getByRole('searchbox', { name: 'Filtrera på organisation' }).fill('sollen')
  await expect(page.getByRole('status').filter({ hasText: /Visar 1 av \d+ genomförandeplaner\./ })).toBeVisible()
  await expect(own).toHaveCount(0)
  await expect(others.getByRole('rowheader')).toHaveText(['Sollentuna kommun'])

  await page.getByRole('searchbox', { name: 'Filtrera på organisation' }).fill('ingen sådan')
  await expect(page.getByText('Ingen organisation matchar ”ingen sådan”.')).toBeVisible()

  // in English the page speaks English; the data stays Swedish and says so (lang="sv")
  await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Implementation plans' })).toBeVisible()
  await page.getByRole('searchbox', { name: 'Filter by organisation' }).fill('')
  await expect(
    page.getByRole('table', { name: "Your organisation's implementation plans" }).getByRole('link', { name: 'Botkyrka kommun' }),
  ).toHaveAttribute('lang', 'sv')
  await expectNoAxeViolations(page)
})

test('a coordinator adds an action linked to two measures, sees it in the plan, changes it and reads its history', async ({
  page,
}, testInfo) => {
  await signInAt(page, accounts.botkyrka, '/planer')
  await page.getByRole('table', { name: 'Din organisations genomförandeplaner' }).getByRole('link', { name: 'Botkyrka kommun' }).click()
  const plan = await ownPlan(page)
  await expect(page).toHaveURL(`/planer/${plan.id}`)
  await expect(page.getByRole('heading', { level: 1, name: plan.title })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Aktiviteter' })).toBeVisible()
  await expect(page.getByRole('article').first()).toBeVisible()
  await expectNoHorizontalScroll(page)
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Lägg till aktivitet' }).click()
  const form = page.getByRole('region', { name: 'Ny aktivitet' })
  await expect(form.getByRole('heading', { name: 'Ny aktivitet' })).toBeFocused()
  await expect(form.getByRole('group', { name: /^1 Förebygga våld/ })).toBeVisible()

  // nothing filled in: both rules, in the summary that takes the focus and by the fields
  await form.getByRole('button', { name: 'Lägg till aktiviteten' }).click()
  const summary = form.getByRole('alert', { name: 'Det finns ett problem' })
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link')).toHaveText(['Ange aktivitetens namn.', 'Välj minst en åtgärd som aktiviteten genomför.'])
  await expect(form.getByLabel('Aktivitetens namn')).toHaveAccessibleDescription(/Ange aktivitetens namn\./)
  await expectNoAxeViolations(page)
  await summary.getByRole('link', { name: 'Välj minst en åtgärd som aktiviteten genomför.' }).click()
  await expect(form.getByRole('group', { name: 'Åtgärder som aktiviteten genomför (minst en)' })).toBeFocused()

  const title = unique(testInfo, 'Föräldraträffar om våld i hemmet')
  await form.getByLabel('Aktivitetens namn').fill(title)
  await form.getByLabel('Beskrivning').fill('Träffar för föräldrar på familjecentralerna, i samarbete med polisen.')
  await form.getByLabel('Ansvarig enhet').fill('Socialförvaltningen, familjecentralen')
  await form.getByLabel('Planerad start').fill('2025-09-01')
  await form.getByLabel('Planerat slut').fill('2025-03-31')
  // the first measure straight from the list, the second through the search
  await form.getByLabel('Våldsförebyggande program i skolan').check()
  await form.getByRole('searchbox', { name: 'Sök bland åtgärderna' }).fill('stödsamtal')
  await expect(form.getByRole('group', { name: /^1 Förebygga våld/ })).toHaveCount(0)
  await form.getByLabel('Stödsamtal och behandling för våldsutövare').check()
  await expect(form.getByText('2 åtgärder valda')).toBeVisible()
  await form.getByRole('searchbox', { name: 'Sök bland organisationerna' }).fill('polis')
  await form.getByLabel('Polismyndigheten – region Stockholm').check()

  // the end before the start: told before sending
  await form.getByRole('button', { name: 'Lägg till aktiviteten' }).click()
  await expect(summary.getByRole('link')).toHaveText(['Planerat slut kan inte vara före planerad start.'])
  await form.getByLabel('Planerat slut').fill('2025-12-31')
  await form.getByRole('button', { name: 'Lägg till aktiviteten' }).click()

  const added = action(page, title)
  await expect(page.getByRole('status').filter({ hasText: `Aktiviteten ”${title}” lades till.` })).toBeVisible()
  await expect(added.getByRole('heading', { name: title })).toBeFocused()
  await expect(added).toContainText('Planerad')
  await expect(added.getByRole('listitem').filter({ hasText: 'Våldsförebyggande program i skolan' })).toContainText('1.1')
  await expect(added).toContainText('Stödsamtal och behandling för våldsutövare')
  await expect(added).toContainText('Polismyndigheten – region Stockholm')
  await expect(added).toContainText('1 september 2025 – 31 december 2025')
  await expect(added.getByRole('link', { name: /^Följ upp 2025/ })).toBeVisible()
  await expect(form).toHaveCount(0)

  await added.getByRole('button', { name: /^Ändra/ }).click()
  const editor = page.getByRole('region', { name: 'Ändra aktiviteten' })
  await expect(editor.getByLabel('Aktivitetens namn')).toHaveValue(title)
  await expect(editor.getByLabel('Våldsförebyggande program i skolan')).toBeChecked()
  await editor.getByLabel('Status').selectOption({ label: 'Pågår' })
  await editor.getByRole('button', { name: 'Spara ändringarna' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Ändringarna i ”${title}” sparades.` })).toBeVisible()
  await expect(added).toContainText('Pågår')

  await added.getByRole('button', { name: /^Historik/ }).click()
  await expect(added.getByRole('button', { name: /^Historik/ })).toHaveAttribute('aria-expanded', 'true')
  const history = added.getByRole('heading', { name: 'Historik' }).locator('..')
  await expect(history.getByRole('listitem').filter({ hasText: 'Aktiviteten ändrades' })).toContainText('Status: Planerad → blir Pågår')
  await expect(history).toContainText('Aktiviteten lades till')
  await expect(history).toContainText('Kopplades till åtgärd 1.1 Våldsförebyggande program i skolan')
  await expect(history).toContainText('Polismyndigheten – region Stockholm blev medägare')
  await expect(history).toContainText('Bodil Botkyrka (demo)')
  await expectNoHorizontalScroll(page)
})

test('a change saved by someone else meanwhile is a conflict, and the form offers their version', async ({ page }, testInfo) => {
  await signInAt(page, accounts.botkyrka, '/planer')
  const plan = await ownPlan(page)
  const title = unique(testInfo, 'Samverkan med kvinnojouren')
  const created = await makeAction(page, plan, title)
  await page.goto(`/planer/${plan.id}`)
  await action(page, title)
    .getByRole('button', { name: /^Ändra/ })
    .click()
  const editor = page.getByRole('region', { name: 'Ändra aktiviteten' })
  await editor.getByLabel('Ansvarig enhet').fill('Vuxenenheten')

  // a colleague renames it in the meantime
  const renamed = `${title} – ändrad`
  await apiWrite(page, 'patch', `/plan-actions/${created.id}`, { title: renamed, version: created.version })

  await editor.getByRole('button', { name: 'Spara ändringarna' }).click()
  const conflict = editor.getByRole('alert').filter({ hasText: 'Någon annan har ändrat aktiviteten' })
  await expect(conflict).toContainText('dina ändringar sparades inte')
  await expectNoAxeViolations(page)
  await conflict.getByRole('button', { name: 'Hämta den senaste versionen' }).click()
  await expect(editor.getByLabel('Aktivitetens namn')).toHaveValue(renamed)
  await expect(editor.getByRole('alert')).toHaveCount(0)
  await editor.getByLabel('Ansvarig enhet').fill('Vuxenenheten')
  await editor.getByRole('button', { name: 'Spara ändringarna' }).click()
  await expect(action(page, renamed)).toContainText('Vuxenenheten')
})

test('a coordinator archives an action after confirming in a dialog, and can undo it', async ({ page }, testInfo) => {
  await signInAt(page, accounts.botkyrka, '/planer')
  const plan = await ownPlan(page)
  const title = unique(testInfo, 'Kampanj om våld i äldres relationer')
  await makeAction(page, plan, title)
  await page.goto(`/planer/${plan.id}`)

  await action(page, title)
    .getByRole('button', { name: /^Arkivera/ })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Arkivera aktiviteten?' })
  await expect(dialog).toContainText(title)
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused()
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Avbryt' }).click()
  await expect(dialog).toBeHidden()
  await expect(action(page, title)).toBeVisible()

  await action(page, title)
    .getByRole('button', { name: /^Arkivera/ })
    .click()
  await dialog.getByRole('button', { name: 'Arkivera' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: `Aktiviteten ”${title}” arkiverades.` })).toBeVisible()
  await expect(action(page, title)).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 2, name: 'Aktiviteter' })).toBeFocused()

  await page.getByRole('button', { name: /^Ångra/ }).click()
  await expect(action(page, title)).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: `Aktiviteten ”${title}” återställdes.` })).toBeVisible()
})

test('the steering group reads the plans without any way to change them', async ({ page }) => {
  await signInAt(page, accounts.steeringGroup, '/planer')
  await expect(page.getByRole('table', { name: 'Din organisations genomförandeplaner' })).toHaveCount(0)
  await page.getByRole('table', { name: 'Alla genomförandeplaner' }).getByRole('link', { name: 'Botkyrka kommun' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Aktiviteter' })).toBeVisible()
  await expect(page.getByRole('article').first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Lägg till aktivitet' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Ändra/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Arkivera/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Följ upp/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Visa uppföljningen 2025/ }).first()).toBeVisible()
  await expect(page.getByRole('button', { name: /^Historik/ }).first()).toBeVisible()
  await expectNoHorizontalScroll(page)
  await expectNoAxeViolations(page)
})
