// A new measure under a goal: checks before sending, what is sent (checkbox groups, the organisation picker, the
// place after its siblings), and the API's refusals beside the fields, also below a field (`expectedOrganisationIds.1`).
// Only `fetch` is stubbed (test/fake-api.ts).
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { Measure, MeasureCreate } from '@uppfoljning/contract'
import { fakeApi, ok, page, problem, unreachable, type FakeApi } from '../../../../../test/fake-api'
import { goal, measure, organisation } from '../../../../../test/fixtures'
import { renderWithQueries } from '../../../../../test/render'
import { MeasureForm } from './MeasureForm'

/** what a checkbox is called: the text of its label */
const labelOf = (box: HTMLElement) => (box as HTMLInputElement).labels?.[0]?.textContent ?? ''

const parent = goal(3, { code: '3', title: 'Barn som upplever våld' })
const siblings = [measure(31, 3, { code: '3.1', sortOrder: 1 }), measure(32, 3, { code: '3.2', sortOrder: 4 })]
const organisations = [
  organisation(50, 'Kriminalvården', { kind: 'authority' }),
  organisation(51, 'Polisregion Stockholm', { kind: 'authority' }),
  organisation(10, 'Botkyrka kommun'),
]

let api: FakeApi
beforeEach(() => {
  api = fakeApi({
    'GET /organisations': page(organisations),
    'POST /measures': ({ body }) => ok({ ...measure(99, 3), ...(body as MeasureCreate) } satisfies Measure, 201),
  })
})
afterEach(() => api.restore())

function renderForm() {
  const section = { close: jest.fn(), setDirty: jest.fn() }
  renderWithQueries(<MeasureForm goal={parent} siblings={siblings} measure={null} section={section} />)
  return section
}
const field = (name: string | RegExp) => screen.getByRole('textbox', { name })
const type = (name: string | RegExp, value: string) => fireEvent.change(field(name), { target: { value } })
const create = () => fireEvent.click(screen.getByRole('button', { name: 'Skapa åtgärden' }))
const summary = () => screen.findByRole('alert', { name: 'Det finns ett problem' })
const organisationPicker = () => screen.getByRole('group', { name: 'Särskilda organisationer som förväntas agera' })

it('checks before sending: code and text required, years that are years and in order', async () => {
  renderForm()
  expect(screen.getByRole('heading', { name: 'Ny åtgärd under mål 3' })).toHaveFocus()
  type('Från år', '2027')
  type('Till år', '2026')
  create()
  const list = await summary()
  expect(list).toHaveFocus()
  expect(
    within(list)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['Ange åtgärdens kod.', 'Ange åtgärden.', 'Till-året kan inte ligga före från-året.'])
  expect(field(/^Kod/)).toHaveAccessibleDescription(/Ange åtgärdens kod\./)
  expect(field('Åtgärd')).toHaveAccessibleDescription(/Ange åtgärden\./)
  expect(field('Till år')).toHaveAccessibleDescription(/Till-året kan inte ligga före från-året\./)
  expect(api.sent('POST /measures')).toHaveLength(0)
})

it('does not send a description holding a personnummer', async () => {
  renderForm()
  type(/^Kod/, '3.3')
  type('Åtgärd', 'Stöd till barn')
  type('Beskrivning', 'Som för 640823-3234.')
  create()
  expect(await summary()).toHaveTextContent(/personnummer eller samordningsnummer/)
  expect(api.sent('POST /measures')).toHaveLength(0)
})

it('sends the measure after its siblings, with the ticked kinds, groups and organisations, and closes', async () => {
  const section = renderForm()
  type(/^Kod/, ' 3.3 ')
  type('Åtgärd', 'Stöd till barn i skyddat boende')
  fireEvent.click(screen.getByRole('checkbox', { name: 'Kommuner' }))
  fireEvent.click(screen.getByRole('checkbox', { name: 'Barn som upplever våld' }))
  fireEvent.click(await screen.findByRole('checkbox', { name: 'Kriminalvården' }))
  // the picker narrows by name; what is ticked stays in view
  fireEvent.change(within(organisationPicker()).getByRole('searchbox', { name: 'Sök i listan' }), { target: { value: 'polis' } })
  expect(within(organisationPicker()).getAllByRole('checkbox').map(labelOf)).toEqual(['Kriminalvården', 'Polisregion Stockholm'])
  expect(organisationPicker()).toHaveAccessibleDescription(/1 organisation vald\./)
  type('Från år', '2026')
  create()
  await waitFor(() => expect(section.close).toHaveBeenCalledWith('Åtgärd 3.3 sparades.'))
  const [sent] = api.sent('POST /measures')
  expect(sent.body).toMatchObject({
    goalId: 3,
    code: '3.3',
    title: 'Stöd till barn i skyddat boende',
    description: '',
    expectedKinds: ['municipality'],
    expectedOrganisationIds: [50],
    targetGroups: ['children_experiencing'],
    violenceAreas: [],
    preventionLevels: [],
    activeFromYear: 2026,
    activeToYear: null,
    sortOrder: 5,
    predecessorMeasureIds: [],
  })
})

it('puts a duplicate code (409) beside the code field', async () => {
  api.on(
    'POST /measures',
    problem(409, 'Koden finns redan.', { errors: [{ path: 'code', message: 'Det finns redan en åtgärd med koden 3.3 i strategin.' }] }),
  )
  const section = renderForm()
  type(/^Kod/, '3.3')
  type('Åtgärd', 'Stöd till barn')
  create()
  const list = await summary()
  expect(within(list).getByRole('link', { name: 'Det finns redan en åtgärd med koden 3.3 i strategin.' })).toHaveAttribute('lang', 'sv')
  expect(field(/^Kod/)).toHaveAccessibleDescription(/Det finns redan en åtgärd med koden 3\.3 i strategin\./)
  // not taken for a stale version: no reload offer
  expect(screen.queryByRole('button', { name: 'Läs in de senaste uppgifterna' })).toBeNull()
  expect(section.close).not.toHaveBeenCalled()
})

it('puts an error about one organisation (400, `expectedOrganisationIds.0`) beside the picker', async () => {
  api.on(
    'POST /measures',
    problem(400, 'Begäran innehåller fel.', { errors: [{ path: 'expectedOrganisationIds.0', message: 'Organisationen finns inte.' }] }),
  )
  renderForm()
  type(/^Kod/, '3.3')
  type('Åtgärd', 'Stöd till barn')
  fireEvent.click(await screen.findByRole('checkbox', { name: 'Kriminalvården' }))
  create()
  const list = await summary()
  const link = within(list).getByRole('link', { name: 'Organisationen finns inte.' })
  expect(organisationPicker()).toHaveAccessibleDescription(/Organisationen finns inte\./)
  // the link leads to the picker's first control, its search box
  fireEvent.click(link)
  expect(within(organisationPicker()).getByRole('searchbox', { name: 'Sök i listan' })).toHaveFocus()
})

it('says so when the server cannot be reached', async () => {
  api.on('POST /measures', unreachable)
  renderForm()
  type(/^Kod/, '3.3')
  type('Åtgärd', 'Stöd till barn')
  create()
  expect(await summary()).toHaveTextContent('Det gick inte att nå servern. Kontrollera anslutningen och försök igen.')
})
