// A searchable admin list (SearchableSection, ListTable, useArchiveRow): the table and its names, filtering,
// archiving after confirming and restoring with the focus kept. Only `fetch` is stubbed (test/fake-api.ts).
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { Organisation } from '@uppfoljning/contract'
import { fakeApi, ok, page, problem, type FakeApi, type FakeRequest } from '../../../../../test/fake-api'
import { organisation } from '../../../../../test/fixtures'
import { renderWithQueries } from '../../../../../test/render'
import { OrganisationsSection } from './OrganisationsSection'

const stockholm = organisation(1, 'Stockholms stad', { municipalityCode: '0180' })
const botkyrka = organisation(10, 'Botkyrka kommun', { municipalityCode: '0127', shortName: 'Botkyrka' })
const kungsholmen = organisation(2, 'Kungsholmens stadsdelsområde', { kind: 'district', parentId: 1 })
const vaxholm = organisation(20, 'Vaxholms stad', { archivedAt: '2026-01-01T00:00:00.000Z' })

/** the list as the API answers it: archived rows only when asked for, narrowed by the search text */
function list({ query }: FakeRequest) {
  const rows = [botkyrka, kungsholmen, stockholm, vaxholm].filter(
    (o) =>
      (query.includeArchived === 'true' || !o.archivedAt) && (!query.search || o.name.toLowerCase().includes(query.search.toLowerCase())),
  )
  return page(rows)
}

let api: FakeApi
beforeEach(() => {
  api = fakeApi({
    'GET /organisations': list,
    'POST /organisations/10/archive': ok({ ...botkyrka, archivedAt: '2026-03-01T00:00:00.000Z' } satisfies Organisation),
    'POST /organisations/20/restore': ok({ ...vaxholm, archivedAt: null } satisfies Organisation),
  })
})
afterEach(() => api.restore())

const table = () => screen.findByRole('table', { name: /^Organisationer/ })
const rowOf = async (name: string) => within(await table()).getByRole('row', { name: new RegExp(`^${name}`) })

it('shows the organisations in a table named by its caption, each row named by its organisation', async () => {
  renderWithQueries(<OrganisationsSection />)
  expect(screen.getByRole('heading', { level: 2, name: 'Organisationer' })).toBeTruthy()
  expect(await table()).toHaveAccessibleName('Organisationer (3)')
  expect(
    within(await table())
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  ).toEqual(['Namn', 'Kortnamn', 'Typ', 'Kommunkod', 'Ingår i', 'Hantera'])
  expect(
    within(await table())
      .getAllByRole('rowheader')
      .map((h) => h.textContent),
  ).toEqual(['Botkyrka kommun', 'Kungsholmens stadsdelsområde', 'Stockholms stad'])
  const row = await rowOf('Kungsholmens stadsdelsområde')
  expect(
    within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  ).toEqual(['–', 'Stadsdelsområde', '–', 'Stockholms stad', expect.stringMatching(/^Ändra/)])
  expect(within(row).getByRole('button', { name: 'Ändra Kungsholmens stadsdelsområde' })).toBeTruthy()
  expect(within(row).getByRole('button', { name: 'Arkivera Kungsholmens stadsdelsområde' })).toBeTruthy()
  expect(screen.getByText('3 organisationer hittades.')).toBeTruthy()
})

it('asks the API again as the search text settles', async () => {
  renderWithQueries(<OrganisationsSection />)
  await table()
  fireEvent.change(screen.getByRole('searchbox', { name: 'Sök' }), { target: { value: 'botk' } })
  await waitFor(async () =>
    expect(
      within(await table())
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Botkyrka kommun']),
  )
  expect(api.sent('GET /organisations').at(-1)?.query).toMatchObject({ search: 'botk', page: '1', pageSize: '50' })
})

it('archives a row after confirming, and says so', async () => {
  renderWithQueries(<OrganisationsSection />)
  fireEvent.click(within(await rowOf('Botkyrka kommun')).getByRole('button', { name: 'Arkivera Botkyrka kommun' }))
  const dialog = screen.getByRole('dialog', { name: 'Arkivera Botkyrka kommun?' })
  expect(api.sent('POST /organisations/10/archive')).toHaveLength(0)
  fireEvent.click(within(dialog).getByRole('button', { name: 'Arkivera' }))
  expect(await screen.findByText('Botkyrka kommun arkiverades.')).toBeTruthy()
  expect(api.sent('POST /organisations/10/archive')).toHaveLength(1)
})

it('shows archived rows on request, tagged, and restores one at once keeping the focus on its button', async () => {
  renderWithQueries(<OrganisationsSection />)
  await table()
  fireEvent.click(screen.getByRole('checkbox', { name: 'Visa även arkiverade' }))
  await waitFor(() => expect(api.sent('GET /organisations').at(-1)?.query.includeArchived).toBe('true'))
  const row = await waitFor(() => rowOf('Vaxholms stad'))
  expect(within(row).getByRole('rowheader')).toHaveTextContent('Vaxholms stadArkiverad')
  expect(row).toHaveClass('admin-archived')
  const button = within(row).getByRole('button', { name: 'Återställ Vaxholms stad' })
  button.focus()
  api.on('GET /organisations', (request) => (request.query.includeArchived ? page([{ ...vaxholm, archivedAt: null }]) : list(request)))
  fireEvent.click(button)
  expect(await screen.findByText('Vaxholms stad återställdes.')).toBeTruthy()
  // the same button, now the other way round, still has the focus
  await waitFor(() => expect(button).toHaveAccessibleName('Arkivera Vaxholms stad'))
  expect(button).toHaveFocus()
})

it('shows a refused row action above the list, with the way to load the list again after a stale row', async () => {
  api.on('POST /organisations/10/archive', problem(409, 'Organisationen har ändrats av någon annan.', { currentVersion: 2 }))
  renderWithQueries(<OrganisationsSection />)
  fireEvent.click(within(await rowOf('Botkyrka kommun')).getByRole('button', { name: 'Arkivera Botkyrka kommun' }))
  fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Arkivera' }))
  const alert = await screen.findByRole('alert')
  expect(within(alert).getByText('Organisationen har ändrats av någon annan.')).toHaveAttribute('lang', 'sv')
  const reads = api.sent('GET /organisations').length
  fireEvent.click(within(alert).getByRole('button', { name: 'Läs in listan igen' }))
  await waitFor(() => expect(api.sent('GET /organisations').length).toBeGreaterThan(reads))
  expect(screen.queryByRole('alert')).toBeNull()
})
