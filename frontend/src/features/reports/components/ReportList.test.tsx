// The list of reports per role, and OPK staff's form for a new one: the period offered first, the API's refusal
// beside the period, and the new report handed on to be shown.
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { Report, ReportDetail, ReportingPeriod, Role } from '@uppfoljning/contract'
import { renderWithQueries } from '../../../../test/render'
import { viewerAs } from '../testing/as-role'
import { answers, mockApi, type Handler } from '../testing/mock-api'
import { reportFixture } from '../testing/report-fixture'
import { firstChoice, NewReportForm } from './NewReportForm'
import { ReportList } from './ReportList'

const {
  snapshot: _snapshot,
  summary: _summary,
  analyses: _analyses,
  changes: _changes,
  ...listed
} = reportFixture({ status: 'approved', approvedAt: '2026-03-12T10:00:00.000Z' })
const published: Report = listed

const period = (id: number, name: string, status: ReportingPeriod['status']): ReportingPeriod => ({
  id,
  name,
  status,
  strategyId: 1,
  startsOn: `${name}-01-01`,
  endsOn: `${name}-12-31`,
  deadline: `${Number(name) + 1}-02-15`,
  version: 1,
  createdAt: '2020-01-01T00:00:00.000Z',
  updatedAt: '2020-01-01T00:00:00.000Z',
  archivedAt: null,
})
const periods = [period(4, '2024', 'closed'), period(5, '2025', 'open'), period(6, '2026', 'planned')]

const page = <T,>(items: T[]) => ({ status: 200, body: { items, page: 1, pageSize: 200, total: items.length } })
const reference: Handler = ({ path }) => {
  if (path.startsWith('/strategies')) return page([{ id: 1, name: 'Regional strategi 2020–2026', startYear: 2020, endYear: 2026 }])
  if (path.startsWith('/reporting-periods')) return page(periods)
  return undefined
}
const list =
  (items: Report[]): Handler =>
  ({ method, path }) =>
    method === 'GET' && path.startsWith('/reports?') ? page(items) : undefined

function renderList(role: Role | null, onCreated = jest.fn()) {
  renderWithQueries(
    <ReportList
      viewer={viewerAs(role)}
      reportLink={(reportId) => ({ to: '/lagesrapporter/$reportId', params: { reportId } })}
      onCreated={onCreated}
    />,
  )
  return onCreated
}

test('anyone sees the published reports with period and status, and no form', async () => {
  mockApi(list([published]), reference)
  renderList(null)
  const table = await screen.findByRole('table', { name: 'Lägesrapporter, nyast först' })
  const row = within(table).getByRole('row', { name: /Lägesrapport 2025/ })
  expect(within(row).getByRole('link', { name: 'Lägesrapport 2025' })).toHaveAttribute('href', '/lagesrapporter/7')
  expect(row).toHaveTextContent('Godkänd och publicerad 12 mars 2026')
  expect(screen.queryByRole('heading', { name: 'Ny lägesrapport' })).toBeNull()
  expect(screen.queryByRole('checkbox')).toBeNull()
})

test('the steering group may show archived drafts but gets no form', async () => {
  const sent = mockApi(list([published]), reference)
  renderList('steering_group')
  fireEvent.click(await screen.findByRole('checkbox', { name: 'Visa arkiverade utkast' }))
  await waitFor(() => expect(sent.some((r) => r.path.includes('includeArchived=true'))).toBe(true))
  expect(screen.queryByRole('heading', { name: 'Ny lägesrapport' })).toBeNull()
})

test('OPK staff create a report: the open period first, titled after it, and are taken to it', async () => {
  const created = reportFixture()
  const sent = mockApi(list([]), reference, ({ method }) => (method === 'POST' ? { status: 201, body: created } : undefined))
  const onCreated = renderList('opk_staff')
  const form = await screen.findByRole('region', { name: 'Ny lägesrapport' })
  const select = await within(form).findByLabelText('Uppföljningsperiod')
  expect(select).toHaveValue('5')
  expect(
    within(select)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['2025', '2024'])
  expect(within(form).getByLabelText('Rubrik')).toHaveValue('Lägesrapport 2025')
  fireEvent.change(select, { target: { value: '4' } })
  expect(within(form).getByLabelText('Rubrik')).toHaveValue('Lägesrapport 2024')
  fireEvent.click(within(form).getByRole('button', { name: 'Skapa rapporten' }))
  await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created))
  expect(sent.find((r) => r.method === 'POST')).toEqual({
    method: 'POST',
    path: '/reports',
    body: { periodId: 4, title: 'Lägesrapport 2024' },
  })
})

test('a period that already has a report: the API’s 409 beside the period, in the error summary too', async () => {
  const message = 'Perioden har redan en rapport.'
  mockApi(list([]), reference, ({ method }) =>
    method === 'POST'
      ? answers.problem(409, 'Perioden 2025 har redan en rapport. Arkivera utkastet först om en ny rapport ska skrivas.', {
          errors: [{ path: 'periodId', message }],
        })
      : undefined,
  )
  const onCreated = renderList('opk_staff')
  const form = await screen.findByRole('region', { name: 'Ny lägesrapport' })
  await within(form).findByLabelText('Uppföljningsperiod')
  fireEvent.click(within(form).getByRole('button', { name: 'Skapa rapporten' }))
  const summary = await screen.findByRole('alert', { name: 'Det finns ett problem' })
  expect(within(summary).getByRole('link', { name: message })).toBeVisible()
  expect(within(form).getByLabelText('Uppföljningsperiod')).toHaveAccessibleDescription(expect.stringContaining(message))
  expect(onCreated).not.toHaveBeenCalled()
})

test('an empty title is refused before anything is sent', async () => {
  const sent = mockApi(list([]), reference)
  renderList('opk_staff')
  const form = await screen.findByRole('region', { name: 'Ny lägesrapport' })
  fireEvent.change(await within(form).findByLabelText('Rubrik'), { target: { value: '  ' } })
  fireEvent.click(within(form).getByRole('button', { name: 'Skapa rapporten' }))
  expect(await screen.findByRole('alert', { name: 'Det finns ett problem' })).toHaveTextContent('Ange en rubrik.')
  expect(sent.filter((r) => r.method === 'POST')).toHaveLength(0)
})

test.each<[string, number[], string]>([
  ['the open period when it has no report', [], '2025'],
  ['the newest without a report when the open one has one', [5], '2024'],
  ['the newest when all have one', [4, 5], '2025'],
])('firstChoice offers %s', (_case, taken, expected) => {
  const offered = [periods[1], periods[0]]
  const existing = taken.map((id) => ({ period: { id, name: '', startsOn: '', endsOn: '' }, archivedAt: null }))
  expect(firstChoice(offered, existing).name).toBe(expected)
})

test('NewReportForm says so when no period has opened', async () => {
  mockApi(({ path }) =>
    path.startsWith('/strategies')
      ? page([{ id: 1, name: 'S', startYear: 2020, endYear: 2026 }])
      : path.startsWith('/reporting-periods')
        ? page([periods[2]])
        : undefined,
  )
  renderWithQueries(<NewReportForm existing={[]} onCreated={(_report: ReportDetail) => undefined} />)
  expect(await screen.findByText('Ingen uppföljningsperiod har öppnat ännu.')).toBeVisible()
})
