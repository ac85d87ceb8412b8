// The report page per role and state: which steps each one gets on a draft and on an approved report, the
// steering group's approval behind a dialog, OPK staff's save with the version and what a 409 does, and what an
// anonymous visitor sees at a draft's address.
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { ReportDetail, ReportUpdate, Role } from '@uppfoljning/contract'
import { renderWithQueries } from '../../../../test/render'
import { asSeenBy, viewerAs } from '../testing/as-role'
import { reportFixture } from '../testing/report-fixture'
import { answers, mockApi, type Handler } from '../testing/mock-api'
import { ReportPage } from './ReportPage'

beforeAll(() => {
  // jsdom has <dialog> without its modal behaviour
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
})

// the role the page is rendered for: the API's answers say what it may do (testing/as-role.ts)
let reader: Role | null = null

const getReport =
  (...reports: ReportDetail[]): Handler =>
  ({ method, path }) => {
    if (method !== 'GET' || path !== '/reports/7') return undefined
    return { status: 200, body: asSeenBy(reader, reports.length > 1 ? reports.shift()! : reports[0]) }
  }

function renderPage(role: Role | null) {
  reader = role
  return renderWithQueries(
    <ReportPage
      reportId={7}
      viewer={viewerAs(role)}
      reportsLink={{ to: '/lagesrapporter' }}
      reportLink={(reportId) => ({ to: '/lagesrapporter/$reportId', params: { reportId } })}
      signInLink={{ to: '/logga-in', search: { returnTo: '/lagesrapporter/7' } }}
    />,
  )
}

const button = (name: string | RegExp) => screen.queryByRole('button', { name })
// the summary's section has the same name as its field
const summaryField = () => screen.getByRole('textbox', { name: 'Sammanfattning' })

describe('a draft', () => {
  test('OPK staff get the texts to write, recomputing and archiving, but not approval', async () => {
    mockApi(getReport(reportFixture()))
    renderPage('opk_staff')
    expect(await screen.findByRole('heading', { level: 1, name: 'Lägesrapport 2025' })).toBeVisible()
    expect(screen.getByText('Utkast')).toBeVisible()
    // the texts' form is its own chunk (ReportEditing), loaded for those who may write
    expect(await screen.findByLabelText('Rubrik')).toHaveValue('Lägesrapport 2025')
    expect(summaryField()).toBeVisible()
    // the goal sections render just after the top of the report (Deferred)
    expect(await screen.findByLabelText('Analys av mål 1 Förebygga våld')).toBeVisible()
    expect(screen.getByLabelText('Analys av mål 1.1 Tidiga insatser')).toBeVisible()
    expect(button('Räkna om siffrorna')).toBeVisible()
    expect(button('Arkivera utkastet')).toBeVisible()
    expect(button('Godkänn och publicera')).toBeNull()
  })

  test('the steering group reads it and approves it after a dialog saying it can never change', async () => {
    const approved = reportFixture({
      status: 'approved',
      version: 4,
      summary: 'Bra år.',
      approvedAt: '2026-11-22T10:00:00.000Z',
      approvedBy: { id: 2, name: 'Sten Styrgrupp' },
    })
    const sent = mockApi(getReport(reportFixture({ summary: 'Bra år.' })), ({ method, path }) =>
      method === 'POST' && path === '/reports/7/approve' ? { status: 200, body: approved } : undefined,
    )
    renderPage('steering_group')
    await screen.findByRole('heading', { level: 1, name: 'Lägesrapport 2025' })
    expect(screen.queryByRole('textbox', { name: 'Sammanfattning' })).toBeNull()
    expect(button('Räkna om siffrorna')).toBeNull()
    expect(button('Arkivera utkastet')).toBeNull()

    fireEvent.click(button('Godkänn och publicera')!)
    const dialog = screen.getByRole('dialog', { name: 'Godkänna och publicera rapporten?' })
    expect(dialog).toHaveTextContent('Den kan aldrig ändras efteråt')
    expect(sent.filter((r) => r.method === 'POST')).toHaveLength(0)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Godkänn och publicera' }))

    expect(await screen.findByText('Rapporten är godkänd och publicerad.')).toBeVisible()
    expect(sent.find((r) => r.method === 'POST')).toEqual({ method: 'POST', path: '/reports/7/approve', body: { version: 3 } })
    expect(screen.getByText(/Den är publicerad och en allmän handling/)).toBeVisible()
    expect(button('Godkänn och publicera')).toBeNull()
    // the button is gone: the reader is put back at the top of the report
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
  })

  test('an approval refused by a rule shows the API’s reason', async () => {
    mockApi(getReport(reportFixture()), ({ method }) =>
      method === 'POST'
        ? answers.problem(422, 'Skriv en sammanfattning innan rapporten godkänns.', {
            errors: [{ path: 'summary', message: 'Skriv en sammanfattning innan rapporten godkänns.' }],
          })
        : undefined,
    )
    renderPage('steering_group')
    expect(await screen.findByText(/Rapporten har ingen sammanfattning ännu/)).toBeVisible()
    fireEvent.click(await screen.findByRole('button', { name: 'Godkänn och publicera' }))
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Godkänn och publicera' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Rapporten kunde inte godkännas')
    expect(alert).toHaveTextContent('Skriv en sammanfattning innan rapporten godkänns.')
  })

  test('a coordinator reads it without any step', async () => {
    mockApi(getReport(reportFixture()))
    renderPage('coordinator')
    await screen.findByRole('heading', { level: 1, name: 'Lägesrapport 2025' })
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.queryByRole('textbox')).toBeNull()
  })
})

describe('an approved report', () => {
  test.each<[Role | null]>([['opk_staff'], ['steering_group'], [null]])('is read-only and marked a public record for %s', async (role) => {
    mockApi(
      getReport(
        reportFixture({
          status: 'approved',
          summary: 'Bra år.',
          approvedAt: '2026-11-22T10:00:00.000Z',
          approvedBy: { id: 2, name: 'Sten Styrgrupp' },
        }),
      ),
    )
    renderPage(role)
    await screen.findByRole('heading', { level: 1, name: 'Lägesrapport 2025' })
    expect(screen.getByText(/Den är publicerad och en allmän handling/)).toBeVisible()
    expect(screen.getByText('Bra år.')).toBeVisible()
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(screen.getByRole('link', { name: 'PDF' })).toHaveAttribute('href', '/api/v1/reports/7/export.pdf')
  })
})

test('an anonymous visitor at a draft’s address is told it is not published and where to sign in', async () => {
  mockApi()
  renderPage(null)
  expect(await screen.findByRole('heading', { level: 1, name: 'Rapporten finns inte' })).toBeVisible()
  expect(screen.getByRole('link', { name: 'Logga in för att läsa utkast' })).toHaveAttribute('href', '/logga-in?returnTo=/lagesrapporter/7')
  expect(screen.getByRole('link', { name: 'Alla publicerade lägesrapporter' })).toHaveAttribute('href', '/lagesrapporter')
  expect(screen.queryByRole('alert')).toBeNull()
})

test('missing figures show as a dash with the reason, suppressed values as <5, the county mark on the coverage bars', async () => {
  mockApi(getReport(reportFixture({ status: 'approved' })))
  renderPage(null)
  await screen.findByRole('heading', { level: 1, name: 'Lägesrapport 2025' })
  const goals = screen.getByRole('table', { name: 'Måluppfyllelse per mål 2025' })
  expect(within(goals).getByRole('row', { name: /1.1 Tidiga insatser/ })).toHaveTextContent('– (ingen uppföljd aktivitet)')
  const municipalities = await screen.findByRole('table', { name: 'Kommunernas täckning, högst först' })
  const rows = within(municipalities).getAllByRole('row').slice(1)
  expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Solna stad', 'Ekerö kommun'])
  expect(rows[1]).toHaveTextContent('50 %')
  expect(rows[1]).toHaveTextContent('1 av 2')
  expect(screen.getByRole('table', { name: /^Indikatorer/ })).toHaveTextContent('<5 (litet antal, visas inte)')
})

describe('saving the texts', () => {
  test('sends only what changed, with the version, and says when it was saved', async () => {
    let stored = reportFixture()
    const sent = mockApi(getReport(stored), ({ method, body }) => {
      if (method !== 'PATCH') return undefined
      const { version, analyses, ...texts } = body as ReportUpdate
      stored = { ...stored, ...texts, analyses: { ...stored.analyses, ...analyses }, version: version + 1 }
      return { status: 200, body: asSeenBy(reader, stored) }
    })
    renderPage('opk_staff')
    fireEvent.change(await screen.findByRole('textbox', { name: 'Sammanfattning' }), { target: { value: 'Arbetet går framåt.' } })
    expect(screen.getByText('Du har ändringar som inte är sparade.')).toBeVisible()
    fireEvent.click(button('Spara texterna')!)
    expect(await screen.findByText(/^Texterna sparades kl\./)).toBeVisible()
    expect(sent.filter((r) => r.method === 'PATCH')).toEqual([
      { method: 'PATCH', path: '/reports/7', body: { version: 3, summary: 'Arbetet går framåt.' } },
    ])

    // the next save starts from the new version
    fireEvent.change(screen.getByLabelText('Analys av mål 1 Förebygga våld'), { target: { value: 'Fler kommuner deltar.' } })
    fireEvent.click(button('Spara texterna')!)
    await waitFor(() => expect(sent.filter((r) => r.method === 'PATCH')).toHaveLength(2))
    expect(sent.filter((r) => r.method === 'PATCH')[1].body).toEqual({ version: 4, analyses: { '11': 'Fler kommuner deltar.' } })
  })

  test('a 409 says someone else saved and offers their version, which then replaces the form', async () => {
    const theirs = reportFixture({ version: 5, summary: 'Deras text.' })
    const sent = mockApi(getReport(reportFixture(), theirs), ({ method }) =>
      method === 'PATCH' ? answers.problem(409, 'Rapporten har ändrats.', { currentVersion: 5 }) : undefined,
    )
    renderPage('opk_staff')
    fireEvent.change(await screen.findByRole('textbox', { name: 'Sammanfattning' }), { target: { value: 'Min text.' } })
    fireEvent.click(button('Spara texterna')!)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Någon annan har sparat rapporten')
    expect(summaryField()).toHaveValue('Min text.')

    fireEvent.click(within(alert).getByRole('button', { name: 'Läs in den sparade versionen' }))
    await waitFor(() => expect(summaryField()).toHaveValue('Deras text.'))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(sent.filter((r) => r.method === 'GET')).toHaveLength(2)
  })

  test('nothing is sent while a text holds a personnummer', async () => {
    const sent = mockApi(getReport(reportFixture()))
    renderPage('opk_staff')
    fireEvent.change(await screen.findByLabelText('Analys av mål 1 Förebygga våld'), {
      target: { value: 'Ärendet 640823-3234 följs upp.' },
    })
    fireEvent.click(button('Spara texterna')!)
    const summary = await screen.findByRole('alert', { name: 'Det finns ett problem' })
    expect(within(summary).getByRole('link', { name: /Analys av mål 1 Förebygga våld innehåller ett personnummer/ })).toBeVisible()
    expect(sent.filter((r) => r.method === 'PATCH')).toHaveLength(0)
  })

  test('a field the API refuses gets its Swedish message beside it', async () => {
    const message = 'Mål 12 ingår inte i rapporten: analysen kan inte sparas.'
    mockApi(getReport(reportFixture()), ({ method }) =>
      method === 'PATCH' ? answers.problem(422, message, { errors: [{ path: 'analyses.12', message }] }) : undefined,
    )
    renderPage('opk_staff')
    fireEvent.change(await screen.findByLabelText('Analys av mål 1.1 Tidiga insatser'), { target: { value: 'Text.' } })
    fireEvent.click(button('Spara texterna')!)
    await screen.findByRole('alert', { name: 'Det finns ett problem' })
    expect(screen.getByLabelText('Analys av mål 1.1 Tidiga insatser')).toHaveAccessibleDescription(`Fel: ${message}`)
  })
})

test('the list behind an attention flag is drawn when it is opened', async () => {
  const base = reportFixture()
  const action = {
    id: 41,
    title: 'Stödsamtal för våldsutövare',
    organisation: { id: 22, name: 'Ekerö kommun' },
    coOwners: [],
    measureIds: [],
    plannedStart: '2025-03-01',
    planStatus: 'planned' as const,
    status: 'planned' as const,
    standing: 'missing' as const,
    progress: null,
    followUp: null,
    uncountedFollowUp: null,
  }
  mockApi(
    getReport(
      reportFixture({
        status: 'approved',
        snapshot: { ...base.snapshot, attention: { ...base.snapshot.attention, actionsWithoutFollowUp: [action] } },
      }),
    ),
  )
  renderPage(null)
  expect(await screen.findByRole('heading', { name: '1 aktivitet utan uppföljning' })).toBeVisible()
  expect(screen.queryByRole('table', { name: 'Aktiviteter utan uppföljning' })).toBeNull()
  const details = screen.getByText('Visa listan (1)').closest('details')!
  details.open = true
  fireEvent(details, new Event('toggle'))
  const table = await screen.findByRole('table', { name: 'Aktiviteter utan uppföljning' })
  expect(within(table).getByRole('row', { name: /Stödsamtal för våldsutövare/ })).toHaveTextContent('Ekerö kommun')
})

test('coverage goal by goal: each organisation’s contributions per goal, drawn when opened', async () => {
  const base = reportFixture()
  const cell = (organisationId: number, state: 'covered' | 'gap' | 'not-expected') => ({
    organisationId,
    expected: state !== 'not-expected',
    state,
    actions: [],
  })
  const measure = (measureId: number, solna: 'covered' | 'gap' | 'not-expected', ekero: 'covered' | 'gap' | 'not-expected') => ({
    measureId,
    code: `1.${measureId}`,
    title: `Åtgärd ${measureId}`,
    goalId: 11,
    coverage: { covered: 0, expected: 0, coverage: null },
    cells: [cell(21, solna), cell(22, ekero)],
  })
  const goals = [
    {
      goalId: 11,
      code: '1',
      title: 'Förebygga våld',
      coverage: { covered: 3, expected: 4, coverage: 0.75 },
      subGoals: [],
      measures: [measure(1, 'covered', 'covered'), measure(2, 'covered', 'gap')],
    },
  ]
  mockApi(getReport(reportFixture({ status: 'approved', snapshot: { ...base.snapshot, coverage: { ...base.snapshot.coverage, goals } } })))
  renderPage(null)
  const details = (await screen.findByText('Visa täckningen mål för mål')).closest('details')!
  details.open = true
  fireEvent(details, new Event('toggle'))
  const table = await screen.findByRole('table', { name: /^Täckning per organisation och mål/ })
  expect(within(table).getByRole('columnheader', { name: 'Mål 1 Förebygga våld' })).toBeVisible()
  expect(within(table).getByRole('row', { name: /Solna stad/ })).toHaveTextContent('2 av 2')
  expect(within(table).getByRole('row', { name: /Ekerö kommun/ })).toHaveTextContent('1 av 2')
})
