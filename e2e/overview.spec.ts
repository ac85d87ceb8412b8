// "Min översikt" (/) for each role, against the real server with the demo data: the coordinator's actions still
// without a follow-up for the open period and the follow-ups returned to them; OPK staff's review count and the
// sortable reporting-status table; the steering group's goal progress table. Expected rows come from the API with the
// page's own session, so that the journeys prove the page shows what the data says. axe on each.
import { expect, test, type Page } from '@playwright/test'
import { accounts, OPK_STATE, signIn } from './accounts'
import { expectNoAxeViolations } from './axe'

// three pages of tables and lists, each scanned by axe: more than the default 30 s on a busy machine
test.describe.configure({ timeout: 60_000 })

type Paged<T> = { items: T[]; total: number }
type Period = { id: number; name: string; status: string; endsOn: string; deadline: string }
type Action = { id: number; title: string; status: string; plannedStart: string | null }
type FollowUp = { actionId: number; state: string; reviewComment: string | null }
type Session = { user: { organisations: { id: number; name: string }[] } }

async function get<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api/v1${path}`)
  expect(response.ok(), path).toBe(true)
  return (await response.json()) as T
}

/** The open period of the strategy in force (the demo data has one). */
async function openPeriod(page: Page): Promise<Period & { strategyId: number }> {
  const strategies = await get<Paged<{ id: number }>>(page, '/strategies?status=active')
  const strategyId = strategies.items[0].id
  const periods = await get<Paged<Period>>(page, `/reporting-periods?strategyId=${strategyId}&pageSize=200`)
  const open = periods.items.find((p) => p.status === 'open')
  expect(open, 'the demo data has an open period').toBeDefined()
  return { ...open!, strategyId }
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

test.describe('a coordinator', () => {
  test('sees the plan, the actions still without a follow-up and the returned follow-ups', async ({ page }) => {
    // Huddinge: the demo gives it both missing follow-ups and a returned one, and no other journey changes its data
    await signIn(page, accounts.huddinge)
    const period = await openPeriod(page)
    const { user } = await get<Session>(page, '/auth/session')
    const organisation = user.organisations[0]
    const actions = await get<Paged<Action>>(
      page,
      `/plan-actions?organisationId=${organisation.id}&strategyId=${period.strategyId}&pageSize=200`,
    )
    const followUps = await get<Paged<FollowUp>>(page, `/follow-ups?organisationId=${organisation.id}&periodId=${period.id}&pageSize=200`)
    const followedUp = new Set(followUps.items.map((f) => f.actionId))
    const due = (a: Action) => a.status !== 'cancelled' && (a.plannedStart === null || a.plannedStart <= period.endsOn)
    const missing = actions.items.filter((a) => due(a) && !followedUp.has(a.id))
    const returned = followUps.items.filter((f) => f.state === 'returned')
    expect(missing.length, 'the demo leaves Huddinge something to follow up').toBeGreaterThan(0)

    await expect(page).toHaveTitle('Min översikt – Uppföljning – Operation Kvinnofrid')
    await expect(page.getByRole('heading', { level: 2, name: `Uppföljningsperiod ${period.name}` })).toBeVisible()
    await expect(page.getByRole('main')).toContainText(/Sista dag att rapportera/)
    await expect(page.getByRole('main')).toContainText(/\d+ dagar? kvar|sista dagen är i dag|passerades/)

    const section = page.getByRole('region', { name: organisation.name })
    await expect(section.getByRole('heading', { level: 3, name: 'Genomförandeplan' })).toBeVisible()
    await expect(section.getByRole('link', { name: /Handlingsplan|plan/i }).first()).toHaveAttribute('href', /^\/planer\/\d+$/)

    const missingHeading = section.getByRole('heading', { level: 3, name: new RegExp(`saknar uppföljning för ${period.name}`) })
    await expect(missingHeading).toContainText(String(missing.length))
    const links = section.getByRole('link', { name: /– följ upp$/ })
    await expect(links).toHaveCount(missing.length)
    for (const action of missing) {
      await expect(section.getByRole('link', { name: `${action.title} – följ upp` })).toHaveAttribute(
        'href',
        `/aktiviteter/${action.id}/uppfoljning/${period.id}`,
      )
    }

    await expect(section.getByRole('heading', { level: 3, name: /återsänd/i })).toBeVisible()
    await expect(section.getByRole('link', { name: /– komplettera uppföljningen$/ })).toHaveCount(returned.length)
    for (const followUp of returned) {
      if (followUp.reviewComment) await expect(section.getByRole('figure').filter({ hasText: followUp.reviewComment })).toBeVisible()
    }

    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)
  })
})

test.describe('OPK staff', () => {
  test.use({ storageState: OPK_STATE })

  test('see the review queue and the reporting status per organisation, sortable', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Min översikt' })).toBeVisible()
    const period = await openPeriod(page)
    const status = await get<{ organisations: { organisation: { name: string } }[] }>(page, `/reporting-status?periodId=${period.id}`)

    const queue = page.getByRole('region', { name: 'Att granska' })
    await expect(queue).toContainText(
      /\d+ inskickade? uppföljninga?r? väntar på granskning\.|Inga inskickade uppföljningar väntar på granskning\./,
    )
    await expect(queue.getByRole('link', { name: 'Till granskningen' })).toHaveAttribute('href', '/granskning')

    const table = page.getByRole('table', { name: `Rapporteringsläget per organisation, uppföljningsperiod ${period.name}` })
    await expect(table.getByRole('rowheader')).toHaveCount(status.organisations.length + 1) // and the county's total
    await expect(table.getByRole('rowheader', { name: 'Hela länet' })).toBeVisible()
    const organisationHeader = table.getByRole('columnheader', { name: /Organisation/ })
    await expect(organisationHeader).toHaveAttribute('aria-sort', 'ascending')

    // sort by the due actions still without a follow-up: most first
    const missingHeader = table.getByRole('columnheader', { name: /Saknar uppföljning/ })
    await missingHeader.getByRole('button').click()
    await expect(missingHeader).toHaveAttribute('aria-sort', 'descending')
    await expect(organisationHeader).not.toHaveAttribute('aria-sort')
    await expect(page.getByRole('status').filter({ hasText: 'sorterad efter Saknar uppföljning, fallande' })).toBeVisible()
    const missingColumn = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.children[2].textContent)))
    expect(missingColumn).toEqual([...missingColumn].sort((a, b) => b - a))
    await missingHeader.getByRole('button').click()
    await expect(missingHeader).toHaveAttribute('aria-sort', 'ascending')

    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)
  })
})

test.describe('the steering group', () => {
  test('sees each goal with its implementation progress, change and coverage', async ({ page }) => {
    await signIn(page, accounts.steeringGroup)
    const period = await openPeriod(page)
    const progress = await get<{ goals: { code: string; title: string; subGoals: unknown[] }[]; previousPeriod: { name: string } | null }>(
      page,
      `/progress/goals?periodId=${period.id}`,
    )

    const table = page.getByRole('table', { name: `Genomförande och täckning per mål, uppföljningsperiod ${period.name}` })
    const rows = progress.goals.length + progress.goals.reduce((sum, goal) => sum + goal.subGoals.length, 0)
    await expect(table.locator('tbody tr')).toHaveCount(rows)
    await expect(table.getByRole('columnheader', { name: `Förändring sedan ${progress.previousPeriod!.name}` })).toBeVisible()

    const first = table.getByRole('row', { name: new RegExp(progress.goals[0].title) })
    // the bar is decoration: its percentage is written out beside it (or "uppgift saknas")
    await expect(first.getByRole('cell').nth(0)).toHaveText(/^(\d+\s%|uppgift saknas)$/)
    await expect(first.getByRole('cell').nth(1)).toHaveText(/^([+−]?\d+ procentenhet(er)?|uppgift saknas)$/)
    await expect(first.getByRole('cell').nth(2)).toHaveText(/^(\d+\s%\s\(\d+ av \d+ förväntade bidrag\)|uppgift saknas)$/)
    await expect(table.getByRole('rowheader', { name: 'Hela länet' })).toBeVisible()

    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)
  })
})
