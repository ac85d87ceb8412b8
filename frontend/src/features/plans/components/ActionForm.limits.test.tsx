// The contract's limits reach the form: with TITLE_MAX changed in contract/src/limits.ts (here: mocked to 12), the
// contract's schema, the action form's check and its character count all follow, with no number restated.
import { fireEvent, screen, within } from '@testing-library/react'
import { PlanActionCreate } from '@uppfoljning/contract/plan-actions'
import { fakeApi, page, type FakeApi } from '../../../../test/fake-api'
import { goal, measure, organisation } from '../../../../test/fixtures'
import { renderWithQueries } from '../../../../test/render'
import { ActionForm } from './ActionForm'

jest.mock('@uppfoljning/contract/limits', () => ({ ...jest.requireActual('@uppfoljning/contract/limits'), TITLE_MAX: 12 }))

let api: FakeApi
beforeEach(() => {
  api = fakeApi({
    'GET /goals': page([goal(1, { code: '1', title: 'Skydd och stöd' })]),
    'GET /measures': page([measure(11, 1, { code: '1.1', title: 'Skyddat boende' })]),
    'GET /organisations': page([organisation(10, 'Botkyrka kommun')]),
  })
})
afterEach(() => api.restore())

const title = () => screen.getByRole('textbox', { name: 'Aktivitetens namn' })

test('the contract schema itself takes the limit from limits.ts', () => {
  expect(PlanActionCreate.shape.title.maxLength).toBe(12)
})

test('the form counts down to the limit and refuses a longer title, naming the limit, before anything is sent', async () => {
  renderWithQueries(<ActionForm plan={{ id: 1, strategyId: 1, organisationId: 10 }} onSaved={() => {}} onCancel={() => {}} />)
  fireEvent.click(await screen.findByRole('checkbox', { name: '1.1 Skyddat boende' }))
  fireEvent.change(title(), { target: { value: 'Samverkan' } })
  expect(screen.queryByText(/tecken kvar/)).toBeNull()
  fireEvent.change(title(), { target: { value: 'Samverkan b' } })
  expect(title()).toHaveAccessibleDescription('Du har 1 tecken kvar.')
  fireEvent.change(title(), { target: { value: 'Samverkan barn' } })
  expect(title()).toHaveAccessibleDescription('Texten är 2 tecken för lång.')
  fireEvent.click(screen.getByRole('button', { name: 'Lägg till aktiviteten' }))
  const summary = await screen.findByRole('alert', { name: 'Det finns ett problem' })
  expect(within(summary).getByRole('link', { name: 'Högst 12 tecken.' })).toHaveAttribute('lang', 'sv')
  expect(title()).toHaveAccessibleDescription(/Högst 12 tecken\./)
  expect(api.sent('POST /implementation-plans/1/actions')).toHaveLength(0)
})
