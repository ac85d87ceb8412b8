// The follow-up form on react-hook-form: the draft saves itself after typing stops and when a field loses focus,
// a personnummer stops both saving and sending, the contract's checks run at submit, and a refused submit keeps
// everything typed. Only `fetch` is stubbed (test/fake-api.ts).
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { FollowUp, FollowUpCreate, FollowUpUpdate } from '@uppfoljning/contract'
import { fakeApi, ok, problem, type FakeApi } from '../../../../test/fake-api'
import { followUp, planAction } from '../../../../test/fixtures'
import { renderWithQueries } from '../../../../test/render'
import { SAVE_DELAY_MS } from '../use-follow-up-draft'
import { FollowUpForm } from './FollowUpForm'

const action = planAction(5, { status: 'ongoing' })
const draft = (fields: Partial<FollowUp> = {}) => followUp(70, { actionId: 5, periodId: 3, state: 'draft', submittedAt: null, ...fields })

let api: FakeApi
beforeEach(() => {
  api = fakeApi({
    'POST /plan-actions/5/follow-ups': ({ body }) => ok(draft({ ...(body as FollowUpCreate), version: 1 }), 201),
    'PATCH /follow-ups/70': ({ body }) => ok(draft({ ...(body as FollowUpUpdate), version: (body as FollowUpUpdate).version + 1 })),
    'POST /follow-ups/70/submit': ({ body }) => ok(draft({ state: 'submitted', version: (body as { version: number }).version + 1 })),
  })
})
afterEach(() => {
  api.restore()
  jest.useRealTimers()
})

function renderForm() {
  const onSubmitted = jest.fn()
  renderWithQueries(<FollowUpForm action={action} periodId={3} followUp={null} onSubmitted={onSubmitted} />)
  return { onSubmitted }
}
const field = (name: string) => screen.getByRole('textbox', { name })
const write = (name: string, value: string) => fireEvent.change(field(name), { target: { value } })
const progress = () => screen.getByRole('spinbutton', { name: /Hur långt/ })

test('saves the draft when a field loses focus, then patches it with its version', async () => {
  renderForm()
  write('Lägesbeskrivning', 'Vi har börjat.')
  fireEvent.blur(field('Lägesbeskrivning'))
  await waitFor(() => expect(api.sent('POST /plan-actions/5/follow-ups')).toHaveLength(1))
  expect(api.sent('POST /plan-actions/5/follow-ups')[0].body).toEqual({
    periodId: 3,
    status: 'ongoing',
    progress: 0,
    narrative: 'Vi har börjat.',
    results: '',
    obstacles: '',
  })
  expect(await screen.findByText(/^Utkastet sparades kl\./)).toBeTruthy()
  fireEvent.change(progress(), { target: { value: '40' } })
  fireEvent.blur(progress())
  await waitFor(() => expect(api.sent('PATCH /follow-ups/70')).toHaveLength(1))
  expect(api.sent('PATCH /follow-ups/70')[0].body).toMatchObject({ version: 1, progress: 40, narrative: 'Vi har börjat.' })
})

test('saves the draft once typing has stopped for a moment', async () => {
  jest.useFakeTimers()
  renderForm()
  write('Resultat', 'Fler kommuner deltar.')
  expect(api.requests).toHaveLength(0)
  await act(async () => {
    jest.advanceTimersByTime(SAVE_DELAY_MS)
  })
  jest.useRealTimers()
  await waitFor(() => expect(api.sent('POST /plan-actions/5/follow-ups')).toHaveLength(1))
  expect(api.sent('POST /plan-actions/5/follow-ups')[0].body).toMatchObject({ results: 'Fler kommuner deltar.' })
})

test('a personnummer stops saving and sending: the field warns at once, the summary names the field', async () => {
  renderForm()
  write('Hinder och utmaningar', 'Sjuk: 640823-3234')
  expect(field('Hinder och utmaningar')).toHaveAccessibleDescription(/innehåller ett personnummer/)
  fireEvent.blur(field('Hinder och utmaningar'))
  fireEvent.click(screen.getByRole('button', { name: 'Skicka in' }))
  const summary = await screen.findByRole('alert', { name: 'Det finns ett problem' })
  expect(summary).toHaveFocus()
  expect(within(summary).getByRole('link', { name: /”Hinder och utmaningar” innehåller ett personnummer/ })).toHaveAttribute(
    'href',
    '#follow-up-obstacles',
  )
  expect(api.requests).toHaveLength(0)
})

test('a progress that is no percentage is refused at submit with the range from the contract', async () => {
  renderForm()
  fireEvent.change(progress(), { target: { value: '120' } })
  fireEvent.click(screen.getByRole('button', { name: 'Skicka in' }))
  const summary = await screen.findByRole('alert', { name: 'Det finns ett problem' })
  expect(summary).toHaveTextContent('Ange hur långt aktiviteten har kommit med en siffra från 0 till 100.')
  expect(api.requests).toHaveLength(0)
})

test('saves what is left, submits it, and on a refusal keeps the text with the API’s message beside its field', async () => {
  api.on(
    'POST /follow-ups/70/submit',
    problem(422, 'Uppföljningen kan inte skickas in.', { errors: [{ path: 'narrative', message: 'Beskriv läget innan du skickar in.' }] }),
  )
  const { onSubmitted } = renderForm()
  write('Lägesbeskrivning', 'Kort.')
  fireEvent.click(screen.getByRole('button', { name: 'Skicka in' }))
  const summary = await screen.findByRole('alert', { name: 'Det finns ett problem' })
  expect(within(summary).getByRole('link', { name: 'Beskriv läget innan du skickar in.' })).toHaveAttribute('lang', 'sv')
  expect(field('Lägesbeskrivning')).toHaveAccessibleDescription(/Beskriv läget innan du skickar in\./)
  expect(field('Lägesbeskrivning')).toHaveValue('Kort.')
  expect(onSubmitted).not.toHaveBeenCalled()

  api.on('POST /follow-ups/70/submit', ({ body }) => ok(draft({ state: 'submitted', version: (body as { version: number }).version + 1 })))
  fireEvent.click(screen.getByRole('button', { name: 'Skicka in' }))
  await waitFor(() => expect(onSubmitted).toHaveBeenCalled())
})
