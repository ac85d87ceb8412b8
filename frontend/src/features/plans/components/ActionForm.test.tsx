// The action form's measure picker: grouped by goal, searchable, native checkboxes, at least one required; and
// what the API refuses lands beside the field it names. Only `fetch` is stubbed (test/fake-api.ts).
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { PlanActionCreate } from '@uppfoljning/contract'
import { fakeApi, ok, page, problem, type FakeApi } from '../../../../test/fake-api'
import { goal, measure, organisation, planAction } from '../../../../test/fixtures'
import { renderWithQueries } from '../../../../test/render'
import { ActionForm } from './ActionForm'

/** what a checkbox is called: the text of its label */
const labelOf = (box: HTMLElement) => (box as HTMLInputElement).labels?.[0]?.textContent ?? ''

const plan = { id: 1, strategyId: 1, organisationId: 10 }
const goals = [
  goal(1, { code: '1', title: 'Skydd och stöd', sortOrder: 1 }),
  goal(2, { code: '2', title: 'Förebygga våld', sortOrder: 2 }),
  goal(3, { code: '1.a', title: 'Barn som upplevt våld', parentId: 1, sortOrder: 1 }),
]
const measures = [
  measure(21, 2, { code: '2.1', title: 'Utbildning för skolpersonal' }),
  measure(11, 1, { code: '1.1', title: 'Skyddat boende' }),
  measure(12, 1, { code: '1.2', title: 'Våldsutövare erbjuds behandling' }),
  measure(31, 3, { code: '1.a.1', title: 'Barnsamtal' }),
  measure(13, 1, { code: '1.3', title: 'Gammal åtgärd', archivedAt: '2026-01-01T00:00:00.000Z' }),
]
const organisations = [organisation(10, 'Botkyrka kommun'), organisation(11, 'Polisregion Stockholm', { kind: 'authority' })]

let api: FakeApi
beforeEach(() => {
  api = fakeApi({
    'GET /goals': page(goals),
    'GET /measures': page(measures),
    'GET /organisations': page(organisations),
    'POST /implementation-plans/1/actions': ({ body }) => ok(planAction(99, { title: (body as PlanActionCreate).title }), 201),
  })
})
afterEach(() => api.restore())

const measurePicker = () => screen.findByRole('group', { name: 'Åtgärder som aktiviteten genomför (minst en)' })
const search = () => screen.getByRole('searchbox', { name: 'Sök bland åtgärderna' })
const shownMeasures = async () =>
  within(await measurePicker())
    .getAllByRole('checkbox')
    .map(labelOf)
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Lägg till aktiviteten' }))
const type = (label: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } })

function renderForm() {
  const onSaved = jest.fn()
  renderWithQueries(<ActionForm plan={plan} onSaved={onSaved} onCancel={() => {}} />)
  return { onSaved }
}

describe('the measure picker', () => {
  it('groups the measures by goal in the strategy order, each goal followed by its sub-goals, without archived ones', async () => {
    renderForm()
    const picker = await measurePicker()
    expect(
      within(picker)
        .getAllByRole('group')
        .map((g) => g.querySelector('legend')?.textContent),
    ).toEqual(['1 Skydd och stöd', '1.a Barn som upplevt våld', '2 Förebygga våld'])
    expect(
      within(within(picker).getByRole('group', { name: '1 Skydd och stöd' }))
        .getAllByRole('checkbox')
        .map(labelOf),
    ).toEqual(['1.1 Skyddat boende', '1.2 Våldsutövare erbjuds behandling'])
    expect(within(picker).queryByRole('checkbox', { name: /Gammal åtgärd/ })).toBeNull()
  })

  it('narrows the list as you type, without regard to case or accents', async () => {
    renderForm()
    await measurePicker()
    fireEvent.change(search(), { target: { value: 'VALDSUT' } })
    expect(await shownMeasures()).toEqual(['1.2 Våldsutövare erbjuds behandling'])
    // only the group that still has a match is left
    expect(
      within(await measurePicker())
        .getAllByRole('group')
        .map((g) => g.querySelector('legend')?.textContent),
    ).toEqual(['1 Skydd och stöd'])
  })

  it("keeps all of a goal's measures when the search matches the goal itself", async () => {
    renderForm()
    await measurePicker()
    fireEvent.change(search(), { target: { value: 'förebygga' } })
    expect(await shownMeasures()).toEqual(['2.1 Utbildning för skolpersonal'])
  })

  it('says so when nothing matches', async () => {
    renderForm()
    await measurePicker()
    fireEvent.change(search(), { target: { value: 'hedersrelaterat' } })
    expect(screen.getByText('Inget matchar sökningen.')).toBeTruthy()
    expect(within(await measurePicker()).queryAllByRole('checkbox')).toHaveLength(0)
  })

  it('keeps a chosen measure chosen (and counted) while the search hides it', async () => {
    renderForm()
    await measurePicker()
    fireEvent.click(screen.getByRole('checkbox', { name: '1.1 Skyddat boende' }))
    expect(screen.getByText('1 åtgärd vald')).toBeTruthy()
    fireEvent.change(search(), { target: { value: 'barn' } })
    expect(screen.queryByRole('checkbox', { name: '1.1 Skyddat boende' })).toBeNull()
    fireEvent.change(search(), { target: { value: '' } })
    expect(screen.getByRole('checkbox', { name: '1.1 Skyddat boende' })).toBeChecked()
    expect(screen.getByText('1 åtgärd vald')).toBeTruthy()
  })

  it('works from the keyboard: Enter in the search box only searches, each measure is a native checkbox in the tab order', async () => {
    renderForm()
    await measurePicker()
    type('Aktivitetens namn', 'Samverkan kring barn')
    search().focus()
    fireEvent.change(search(), { target: { value: 'barn' } })
    // a cancelled keydown: the browser neither submits the form nor leaves the box
    expect(fireEvent.keyDown(search(), { key: 'Enter' })).toBe(false)
    expect(search()).toHaveFocus()
    expect(api.sent('POST /implementation-plans/1/actions')).toHaveLength(0)
    const box = screen.getByRole('checkbox', { name: '1.a.1 Barnsamtal' })
    expect(box.tagName).toBe('INPUT')
    expect(box).not.toHaveAttribute('tabindex')
    // Space on a focused checkbox is the browser's click
    box.focus()
    fireEvent.click(box)
    expect(box).toBeChecked()
    expect(box).toHaveFocus()
  })
})

describe('sending the form', () => {
  it('requires at least one measure: error summary first, the message beside the picker, nothing sent', async () => {
    renderForm()
    await measurePicker()
    type('Aktivitetens namn', 'Samverkan kring barn')
    submit()
    // react-hook-form checks asynchronously: the summary comes a moment after the click
    const summary = await screen.findByRole('alert', { name: 'Det finns ett problem' })
    expect(summary).toHaveFocus()
    const picker = await measurePicker()
    expect(picker).toHaveAccessibleDescription(/Välj minst en åtgärd som aktiviteten genomför\./)
    fireEvent.click(within(summary).getByRole('link', { name: 'Välj minst en åtgärd som aktiviteten genomför.' }))
    expect(picker).toHaveFocus()
    expect(api.sent('POST /implementation-plans/1/actions')).toHaveLength(0)
  })

  it('sends the chosen measures and co-owners and hands over the saved action', async () => {
    const { onSaved } = renderForm()
    await measurePicker()
    type('Aktivitetens namn', '  Samverkan kring barn ')
    fireEvent.click(screen.getByRole('checkbox', { name: '1.a.1 Barnsamtal' }))
    fireEvent.click(screen.getByRole('checkbox', { name: '2.1 Utbildning för skolpersonal' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Polisregion Stockholm' }))
    submit()
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(onSaved.mock.calls[0][0]).toMatchObject({ id: 99, title: 'Samverkan kring barn' })
    expect(api.sent('POST /implementation-plans/1/actions').map((r) => r.body)).toEqual([
      {
        title: 'Samverkan kring barn',
        description: '',
        responsibleUnit: '',
        plannedStart: null,
        plannedEnd: null,
        status: 'planned',
        measureIds: [31, 21],
        coOwnerIds: [11],
      },
    ])
    // the plan's own organisation is no candidate co-owner
    expect(screen.queryByRole('checkbox', { name: 'Botkyrka kommun' })).toBeNull()
  })

  it("shows the API's refusal beside the field it names (422 on a measure)", async () => {
    api.on(
      'POST /implementation-plans/1/actions',
      problem(422, 'Åtgärden hör inte till planens strategi.', {
        errors: [{ path: 'measureIds.0', message: 'Åtgärden hör inte till planens strategi.' }],
      }),
    )
    renderForm()
    await measurePicker()
    type('Aktivitetens namn', 'Samverkan kring barn')
    fireEvent.click(screen.getByRole('checkbox', { name: '1.1 Skyddat boende' }))
    submit()
    const summary = await screen.findByRole('alert', { name: 'Det finns ett problem' })
    expect(within(summary).getByRole('link', { name: 'Åtgärden hör inte till planens strategi.' })).toHaveAttribute('lang', 'sv')
    expect(await measurePicker()).toHaveAccessibleDescription(/Åtgärden hör inte till planens strategi\./)
  })
})

describe('a joint action opened by a co-owner', () => {
  it('offers the description and the status only, says who changes the rest, and sends the rest unchanged', async () => {
    const joint = planAction(42, {
      title: 'Gemensam rutin',
      plannedStart: '2026-01-01',
      measures: [{ id: 11, code: '1.1', title: 'Skyddat boende' }],
      coOwners: [{ id: 11, name: 'Polisregion Stockholm' }],
      can: { edit: true, editLinks: false, archive: false, addFollowUp: true },
    } as Partial<ReturnType<typeof planAction>>)
    api.on('PATCH /plan-actions/42', ({ body }) => ok({ ...joint, ...(body as object), version: joint.version + 1 }))
    const onSaved = jest.fn()
    renderWithQueries(<ActionForm plan={plan} action={joint} onSaved={onSaved} onCancel={() => {}} />)

    expect(screen.getByText(/ändras av den organisation som äger aktiviteten/)).toBeVisible()
    expect(screen.queryByRole('textbox', { name: /Aktivitetens namn/ })).toBeNull()
    expect(screen.queryByRole('group', { name: /Åtgärder som aktiviteten genomför/ })).toBeNull()
    type('Beskrivning', 'Vi delar rutinen med polisen.')
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringarna' }))

    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    const [sent] = api.sent('PATCH /plan-actions/42')
    expect(sent.body).toMatchObject({
      title: 'Gemensam rutin',
      description: 'Vi delar rutinen med polisen.',
      measureIds: [11],
      coOwnerIds: [11],
      version: joint.version,
    })
  })
})
