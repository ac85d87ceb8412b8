// Fresh figures after a write (issue #11): a coordinator who has Måluppfyllelse in the browser's cache submits a
// follow-up, opens Måluppfyllelse again in the same tab — client-side navigation, no reload — and sees the new
// figure at once. The results views are cached for 30 s (lib/query-client.ts); without the invalidation map
// (frontend/src/api/invalidation.ts: a follow-up write invalidates `['progress']`) the old figure would stay.
// Expected figures come from the API with the page's own session; the test's action is its own (unique title).
import { expect, test, type Page, type TestInfo } from '@playwright/test'
import { accounts, signInAt } from './accounts'
import { expectNoAxeViolations } from './axe'

type Session = { csrfToken: string; user: { organisations: { id: number; name: string }[] } }
type Paged<T> = { items: T[] }
type Plan = { id: number; strategyId: number; organisationName: string }
type Trends = { periods: { id: number }[]; organisations: { id: number; progress: (number | null)[] }[] }

const unique = (testInfo: TestInfo, what: string) => `${what} (${testInfo.project.name} ${Date.now().toString(36)})`
const percent = (share: number | null) =>
  share === null ? '–' : new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 }).format(share)
/** A cell showing `share` first (a missing figure also says so to screen readers). */
const showing = (share: number | null) => new RegExp(`^${percent(share).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)

async function get<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api/v1${path}`)
  expect(response.ok(), path).toBe(true)
  return (await response.json()) as T
}

/** The organisation's implementation in the period, as the API computes it for Måluppfyllelse's organisation table. */
async function organisationProgress(page: Page, periodId: number, organisationId: number) {
  const trends = await get<Trends>(page, `/progress/trends?periodId=${periodId}`)
  const index = trends.periods.findIndex((p) => p.id === periodId)
  return trends.organisations.find((o) => o.id === organisationId)?.progress[index] ?? null
}

// a plan, a follow-up and the results page with its tables: more than the default 30 s on a busy machine
test.describe.configure({ timeout: 90_000 })

test('a coordinator submits a follow-up and Måluppfyllelse shows the new figure at once, in the same tab', async ({ page }, testInfo) => {
  await signInAt(page, accounts.botkyrka, '/planer')

  // the coordinator's plan gets an action of its own, linked to a measure: not followed up yet, so in no figure
  const session = await get<Session>(page, '/auth/session')
  const organisation = session.user.organisations[0]
  const plan = (await get<Paged<Plan>>(page, `/implementation-plans?organisationId=${organisation.id}`)).items[0]
  const measure = (await get<Paged<{ id: number }>>(page, `/measures?strategyId=${plan.strategyId}&pageSize=1`)).items[0]
  const title = unique(testInfo, 'Uppsökande arbete på vårdcentralerna')
  const created = await page.request.post('/api/v1/implementation-plans/' + plan.id + '/actions', {
    data: { title, measureIds: [measure.id] },
    headers: { 'X-CSRF-Token': session.csrfToken },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const period = (await get<Paged<{ id: number; name: string }>>(page, `/reporting-periods?strategyId=${plan.strategyId}&status=open`))
    .items[0]

  // Måluppfyllelse, loaded once: its figures are now in the page's cache
  const before = await organisationProgress(page, period.id, organisation.id)
  await page.goto('/resultat')
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
  const table = page.getByRole('table', { name: `Genomförande och täckning per organisation, uppföljningsperiod ${period.name}` })
  const row = table.getByRole('row', { name: new RegExp(`^${organisation.name}`) })
  await expect(row.getByRole('cell').first()).toHaveText(showing(before))

  // to the action's follow-up through the menu and the plan, and submit it: completed (100 %) raises the
  // organisation's figure; should it already stand at 100 %, "not started" (0 %) lowers it
  const raise = before === null || before < 0.995
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' })
  await nav.getByRole('link', { name: 'Genomförandeplaner' }).click()
  await page.getByRole('table', { name: 'Din organisations genomförandeplaner' }).getByRole('link', { name: organisation.name }).click()
  await page
    .getByRole('article', { name: title })
    .getByRole('link', { name: new RegExp(`^Följ upp ${period.name}`) })
    .click()
  await page.getByLabel('Aktivitetens status under perioden').selectOption({ label: raise ? 'Genomförd' : 'Planerad' })
  await page.getByLabel('Hur långt har aktiviteten kommit?').fill(raise ? '100' : '0')
  await page.getByLabel('Lägesbeskrivning').fill('Vårdcentralerna i kommunen har fått besök under året.')
  await page.getByRole('button', { name: 'Skicka in' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Uppföljningen är inskickad.' })).toBeFocused()
  await expectNoAxeViolations(page)

  // the figure the API computes now differs from the one shown before …
  const after = await organisationProgress(page, period.id, organisation.id)
  expect(percent(after)).not.toBe(percent(before))

  // … and Måluppfyllelse, opened again in the same tab, shows it at once (well within the 30 s the cache keeps answers)
  await nav.getByRole('link', { name: 'Resultat' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Måluppfyllelse' })).toBeVisible()
  await expect(row.getByRole('cell').first()).toHaveText(showing(after), { timeout: 5_000 })
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
  await expectNoAxeViolations(page)
})
