// The whole follow-up cycle, as the issue tells it: a coordinator adds an action linked to two measures, writes
// and submits its follow-up; OPK staff return it with a comment; the coordinator answers and submits again; OPK
// staff approve; the steering group sees the goal's implementation progress change. Three people, three browsers.
import { expect, test, type Page } from '@playwright/test'
import { accounts, OPK_STATE, signedIn } from './accounts'
import { expectNoAxeViolations } from './axe'

type Goal = { id: number; code: string; title: string }
type Measure = { id: number; goalId: number; title: string }
type GoalProgress = { goals: { goalId?: number; code: string; title: string; implementation?: { value: number | null } }[] }

async function api<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api/v1${path}`)
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()) as T
}

/** The row of a goal in the steering group's overview table. */
const goalRow = (page: Page, goal: Goal) =>
  page
    .getByRole('table', { name: /^Genomförande och täckning per mål/ })
    .getByRole('row', { name: new RegExp(`${goal.title}`) })
    .first()

test('action → follow-up → returned → answered → approved → the goal has moved', async ({ browser }, testInfo) => {
  // one journey per run: both projects share the demo database and the goal's figure
  test.skip(testInfo.project.name !== 'desktop', 'the journey runs once')
  test.setTimeout(240_000)
  const title = `Stödsamtal för våldsutövare i Botkyrka ${Date.now().toString(36)}`

  // The steering group's view before: the goal of two measures that Botkyrka is about to act on.
  const steering = await signedIn(browser, accounts.steeringGroup, '/')
  const strategy = (await api<{ items: { id: number }[] }>(steering, '/strategies?status=active')).items[0]
  const goals = (await api<{ items: (Goal & { parentId: number | null })[] }>(steering, `/goals?strategyId=${strategy.id}&pageSize=200`))
    .items
  const goal = goals.find((g) => g.code === '2')!
  const measures = (await api<{ items: Measure[] }>(steering, `/measures?goalId=${goal.id}&pageSize=200`)).items.slice(0, 2)
  expect(measures).toHaveLength(2)
  const period = (
    await api<{ items: { id: number; name: string }[] }>(steering, `/reporting-periods?strategyId=${strategy.id}&status=open`)
  ).items[0]
  const figure = async () =>
    JSON.stringify((await api<GoalProgress>(steering, `/progress/goals?periodId=${period.id}`)).goals.find((g) => g.code === '2'))
  const before = await figure()
  await expect(goalRow(steering, goal)).toBeVisible()
  const rowBefore = await goalRow(steering, goal).innerText()

  // The coordinator adds the action, linked to both measures.
  const coordinator = await signedIn(browser, accounts.botkyrka, '/planer')
  await coordinator
    .getByRole('table', { name: 'Din organisations genomförandeplaner' })
    .getByRole('link', { name: 'Botkyrka kommun' })
    .click()
  await coordinator.getByRole('button', { name: 'Lägg till aktivitet' }).click()
  const form = coordinator.getByRole('region', { name: 'Ny aktivitet' })
  await form.getByLabel('Aktivitetens namn').fill(title)
  for (const measure of measures) await form.getByLabel(measure.title).check()
  await form.getByRole('button', { name: 'Lägg till aktiviteten' }).click()
  const action = coordinator.getByRole('article', { name: title })
  await expect(action).toBeVisible()
  for (const measure of measures) await expect(action).toContainText(measure.title)

  // … writes the follow-up for the open period and submits it.
  await action.getByRole('link', { name: new RegExp(`^Följ upp ${period.name}`) }).click()
  await coordinator.getByLabel('Aktivitetens status under perioden').selectOption({ label: 'Genomförd' })
  await coordinator.getByLabel('Hur långt har aktiviteten kommit?').fill('100')
  await coordinator.getByLabel('Lägesbeskrivning').fill('Samtalsgruppen har haft tolv träffar under året.')
  await expect(coordinator.getByRole('status').filter({ hasText: /Utkastet sparades kl\./ })).toBeVisible()
  await coordinator.getByRole('button', { name: 'Skicka in' }).click()
  await expect(coordinator.getByRole('status').filter({ hasText: 'Uppföljningen är inskickad.' })).toBeVisible()
  const followUpPath = new URL(coordinator.url()).pathname

  // OPK staff return it with a comment.
  const opk = await (await browser.newContext({ storageState: OPK_STATE })).newPage()
  await opk.goto('/granskning')
  await opk.getByLabel('Organisation').selectOption({ label: 'Botkyrka kommun' })
  await opk.getByRole('link', { name: new RegExp(title) }).click()
  const review = opk.getByRole('region', { name: `Uppföljning: ${title}` })
  const comment = 'Beskriv gärna hur många som deltog och hur gruppen nåddes.'
  await review.getByLabel('Kommentar till organisationen').fill(comment)
  await review.getByRole('button', { name: 'Återsänd' }).click()
  await expect(review.getByRole('status').filter({ hasText: 'är återsänd med din kommentar' })).toBeVisible()
  await expectNoAxeViolations(opk)

  // The coordinator sees the comment at the top, answers in the thread and submits again.
  await coordinator.goto(followUpPath)
  await expect(coordinator.getByRole('region', { name: 'Återsänd för komplettering' })).toContainText(comment)
  const thread = coordinator.getByRole('region', { name: 'Kommentarer' })
  await thread.getByLabel('Ny kommentar').fill('Åtta deltagare, via socialtjänstens mottagning och frivården.')
  await thread.getByRole('button', { name: 'Skicka kommentaren' }).click()
  await expect(thread.getByRole('listitem')).toHaveCount(2)
  await coordinator.getByLabel('Lägesbeskrivning').fill('Samtalsgruppen har haft tolv träffar med åtta deltagare.')
  await expect(coordinator.getByRole('status').filter({ hasText: /Utkastet sparades kl\./ })).toBeVisible()
  await coordinator.getByRole('button', { name: 'Skicka in igen' }).click()
  await expect(coordinator.getByRole('status').filter({ hasText: 'Uppföljningen är inskickad.' })).toBeVisible()
  await expectNoAxeViolations(coordinator)

  // OPK staff approve.
  await opk.goto('/granskning')
  await opk.getByLabel('Organisation').selectOption({ label: 'Botkyrka kommun' })
  await opk.getByRole('link', { name: new RegExp(title) }).click()
  await expect(review.getByRole('listitem').filter({ hasText: 'Åtta deltagare' })).toBeVisible()
  await review.getByRole('button', { name: 'Godkänn' }).click()
  await expect(review.getByRole('status').filter({ hasText: 'är godkänd' })).toBeVisible()

  // The steering group's figure for the goal has moved.
  expect(await figure()).not.toBe(before)
  await steering.reload()
  await expect(goalRow(steering, goal)).not.toHaveText(rowBefore)
  await expectNoAxeViolations(steering)
})
