// The strategy form, standing for every admin form (they share EditorForm, useEditor and the API error
// handling): checks before sending, the API's refusals beside the fields, the 409 conflict and its reload, and
// the unsaved-changes guard. Only `fetch` is stubbed (test/fake-api.ts).
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { Strategy } from '@uppfoljning/contract'
import { fakeApi, ok, problem, type FakeApi } from '../../../../../test/fake-api'
import { strategy } from '../../../../../test/fixtures'
import { renderWithQueries } from '../../../../../test/render'
import { StrategyForm } from './StrategyForm'

const stored = strategy(1, { version: 4 })

let api: FakeApi
beforeEach(() => {
  api = fakeApi({ 'PATCH /strategies/1': ({ body }) => ok({ ...stored, ...(body as Partial<Strategy>), version: 5 }) })
})
afterEach(() => api.restore())

function renderForm() {
  const section = { close: jest.fn(), setDirty: jest.fn() }
  const { router } = renderWithQueries(<StrategyForm strategy={stored} section={section} />)
  return { ...section, router }
}
const field = (name: string) => screen.getByRole('textbox', { name })
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } })
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Spara' }))
const summary = () => screen.findByRole('alert', { name: 'Det finns ett problem' })

it('opens with the focus on its heading and the stored values', () => {
  renderForm()
  expect(screen.getByRole('heading', { name: 'Ändra strategin' })).toHaveFocus()
  expect(field('Namn')).toHaveValue('Strategi mot våld i nära relationer')
  expect(field('Första år')).toHaveValue('2024')
  expect(screen.getByRole('combobox', { name: /Status/ })).toHaveValue('active')
})

it('checks before sending: the error summary lists each problem in field order and each field shows its own', async () => {
  renderForm()
  type('Namn', '  ')
  type('Första år', '2026')
  type('Sista år', '2025')
  save()
  const list = await summary()
  expect(list).toHaveFocus()
  expect(
    within(list)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['Ange strategins namn.', 'Sista året kan inte ligga före det första.'])
  expect(field('Namn')).toHaveAccessibleDescription(/Ange strategins namn\./)
  expect(field('Namn')).toHaveAttribute('aria-invalid', 'true')
  expect(field('Sista år')).toHaveAccessibleDescription(/Sista året kan inte ligga före det första\./)
  expect(field('Första år')).not.toHaveAttribute('aria-invalid')
  fireEvent.click(within(list).getByRole('link', { name: 'Ange strategins namn.' }))
  expect(field('Namn')).toHaveFocus()
  expect(api.requests).toHaveLength(0)
})

it('says a year must be a year', async () => {
  renderForm()
  type('Första år', '20x5')
  save()
  expect(await summary()).toHaveTextContent('Ange ett årtal med fyra siffror mellan 2000 och 2100, till exempel 2025.')
  expect(api.requests).toHaveLength(0)
})

it('sends the changed strategy with the version it was read at and closes, announcing it', async () => {
  const section = renderForm()
  type('Namn', '  Ny strategi  ')
  save()
  await waitFor(() => expect(section.close).toHaveBeenCalledWith('Strategin sparades.'))
  expect(api.sent('PATCH /strategies/1').map((r) => r.body)).toEqual([
    {
      version: 4,
      name: 'Ny strategi',
      startYear: 2024,
      endYear: 2028,
      overallGoal: 'Alla ska kunna leva ett liv fritt från våld.',
      status: 'active',
    },
  ])
})

it("puts the API's field errors (400, 422) beside their fields, marked as Swedish", async () => {
  api.on(
    'PATCH /strategies/1',
    problem(422, 'Strategin kan inte ändras så.', {
      errors: [
        { path: 'endYear', message: 'Det finns uppföljningsperioder efter det sista året.' },
        { path: 'status', message: 'En annan strategi är redan gällande.' },
      ],
    }),
  )
  const section = renderForm()
  save()
  const list = await summary()
  expect(within(list).getByRole('link', { name: 'En annan strategi är redan gällande.' })).toHaveAttribute('lang', 'sv')
  expect(field('Sista år')).toHaveAccessibleDescription(/Det finns uppföljningsperioder efter det sista året\./)
  expect(screen.getByRole('combobox', { name: /Status/ })).toHaveAccessibleDescription(/En annan strategi är redan gällande\./)
  expect(section.close).not.toHaveBeenCalled()
})

it('shows a problem naming no field in the summary only', async () => {
  api.on('PATCH /strategies/1', problem(422, 'Strategin är avslutad och kan inte ändras.'))
  renderForm()
  save()
  const list = await summary()
  expect(within(list).getByText('Strategin är avslutad och kan inte ändras.')).toHaveAttribute('lang', 'sv')
  expect(within(list).queryByRole('link')).toBeNull()
})

it('on a stale version (409) offers to load the stored row, then saves with its version', async () => {
  api.on('PATCH /strategies/1', problem(409, 'Strategin har ändrats av någon annan.', { currentVersion: 6 }))
  api.on('GET /strategies/1', ok(strategy(1, { version: 6, name: 'Deras namn' })))
  const section = renderForm()
  type('Namn', 'Mitt namn')
  save()
  const conflict = await screen.findByRole('alert', { name: 'Någon annan har ändrat uppgifterna' })
  expect(conflict).toHaveFocus()
  expect(within(conflict).getByText('Strategin har ändrats av någon annan.')).toHaveAttribute('lang', 'sv')
  fireEvent.click(within(conflict).getByRole('button', { name: 'Läs in de senaste uppgifterna' }))
  await waitFor(() => expect(field('Namn')).toHaveValue('Deras namn'))
  expect(screen.queryByRole('alert')).toBeNull()
  expect(screen.getByRole('heading', { name: 'Ändra strategin' })).toHaveFocus()

  api.on('PATCH /strategies/1', ({ body }) => ok({ ...stored, ...(body as Partial<Strategy>), version: 7 }))
  save()
  await waitFor(() => expect(section.close).toHaveBeenCalledWith('Strategin sparades.'))
  expect(api.sent('PATCH /strategies/1').map((r) => (r.body as { version: number }).version)).toEqual([4, 6])
})

it('reports unsaved changes to its section and asks before the page is left', async () => {
  const section = renderForm()
  expect(section.setDirty).toHaveBeenLastCalledWith(false)
  type('Namn', 'Ändrat namn')
  expect(section.setDirty).toHaveBeenLastCalledWith(true)
  act(() => section.router.history.push('/oversikt'))
  const dialog = await screen.findByRole('dialog', { name: 'Du har ändringar som inte är sparade' })
  fireEvent.click(within(dialog).getByRole('button', { name: 'Stanna kvar' }))
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  expect(field('Namn')).toHaveValue('Ändrat namn')
  expect(section.router.history.location.pathname).not.toBe('/oversikt')
  // back to what was stored: nothing to lose any more
  type('Namn', 'Strategi mot våld i nära relationer')
  expect(section.setDirty).toHaveBeenLastCalledWith(false)
})
