// Forms from the contract (lib/form.ts, lib/form-errors.ts, FormErrorSummary, the bound fields): what the contract's
// schema refuses is listed in the summary in Swedish (its own messages, marked as Swedish), the form's own words
// replace them for a missing value, and a 422 problem's field errors land beside their fields and in the summary.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { PERIOD_NAME_MAX } from '@uppfoljning/contract/limits'
import { ReportingPeriodCreate } from '@uppfoljning/contract/reporting-periods'
import '@/lib/i18n'
import { FormErrorSummary } from '@/components/ui/ErrorSummary'
import { FormScope, FormTextArea, FormTextField } from '@/components/ui/FormFields'
import { ApiError } from './api-client'
import { emptyAsNull, useZodForm } from './form'
import { setApiErrors } from './form-errors'

// a form of the contract's own schema: a period's name and dates, and a note that is not the contract's
const schema = ReportingPeriodCreate.pick({ name: true, startsOn: true, endsOn: true }).extend({
  deadline: emptyAsNull(ReportingPeriodCreate.shape.deadline.nullable()),
})

function PeriodForm({ send }: { send: (body: unknown) => Promise<unknown> }) {
  const form = useZodForm(schema, {
    defaultValues: { name: '', startsOn: '', endsOn: '', deadline: '' },
    missing: { name: 'Ange periodens namn.' },
    personnummer: () => 'Ta bort personnumret.',
  })
  const submit = form.handleSubmit((body) =>
    send(body).catch((error) => setApiErrors(form, error, { networkError: 'Nätet är nere.', unexplained: 'Det gick inte.' })),
  )
  return (
    <FormScope form={form} idPrefix="period">
      <FormErrorSummary />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <FormTextField name="name" label="Namn" />
        <FormTextField name="startsOn" label="Första dag" />
        <FormTextField name="endsOn" label="Sista dag" />
        <FormTextArea name="deadline" label="Sista dag för rapportering" />
        <button type="submit">Spara</button>
      </form>
    </FormScope>
  )
}

const field = (name: string) => screen.getByRole('textbox', { name })
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } })
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Spara' }))
const summary = () => screen.findByRole('alert', { name: 'Det finns ett problem' })

test("the summary lists what the contract's schema refuses, in Swedish and in field order, each linked to its field", async () => {
  const send = jest.fn(() => Promise.resolve())
  render(<PeriodForm send={send} />)
  type('Namn', 'x'.repeat(PERIOD_NAME_MAX + 1))
  type('Första dag', '2025-13-45')
  save()
  const list = await summary()
  expect(list).toHaveFocus()
  const links = within(list).getAllByRole('link')
  // zod's Swedish messages as the contract configures them (contract/src/messages.ts), the limit from limits.ts
  expect(links.map((link) => link.textContent)).toEqual([
    `Högst ${PERIOD_NAME_MAX} tecken.`,
    'Ange ett datum som ÅÅÅÅ-MM-DD, t.ex. 2025-03-15.',
    'Ange ett datum som ÅÅÅÅ-MM-DD, t.ex. 2025-03-15.',
  ])
  links.forEach((link) => expect(link).toHaveAttribute('lang', 'sv'))
  expect(field('Namn')).toHaveAttribute('aria-invalid', 'true')
  expect(field('Namn')).toHaveAccessibleDescription(new RegExp(`Högst ${PERIOD_NAME_MAX} tecken\\.`))
  fireEvent.click(links[1])
  expect(field('Första dag')).toHaveFocus()
  expect(send).not.toHaveBeenCalled()
})

test("the form's own words for a missing value and a personnummer; fixed fields leave the summary as the user types", async () => {
  render(<PeriodForm send={() => Promise.resolve()} />)
  type('Namn', '  ')
  type('Första dag', '2025-01-01')
  type('Sista dag', '2025-12-31')
  type('Sista dag för rapportering', 'Ring 640823-3234')
  save()
  const list = await summary()
  expect(
    within(list)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['Ange periodens namn.', 'Ta bort personnumret.'])
  // the UI's language, not marked as Swedish
  expect(within(list).getByRole('link', { name: 'Ange periodens namn.' })).not.toHaveAttribute('lang')
  type('Namn', '2025')
  await waitFor(() =>
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Ta bort personnumret.']),
  )
  expect(field('Namn')).not.toHaveAttribute('aria-invalid')
})

test("a 422 problem's field errors land beside their fields and in the summary; one naming no field in the summary only", async () => {
  const refused = new ApiError(422, 'Perioden kan inte sparas.', {
    type: 'https://uppfoljning.se/problems/rule-broken',
    title: 'Regeln bryts',
    status: 422,
    detail: 'Perioden kan inte sparas.',
    errors: [
      { path: 'endsOn', message: 'Perioden överlappar perioden 2024.' },
      { path: 'strategyId', message: 'Strategin är avslutad.' },
    ],
  })
  const send = jest.fn((body: unknown) => (body ? Promise.reject(refused) : Promise.resolve()))
  render(<PeriodForm send={send} />)
  type('Namn', '2025')
  type('Första dag', '2025-01-01')
  type('Sista dag', '2025-12-31')
  save()
  const list = await summary()
  expect(list).toHaveFocus()
  expect(send).toHaveBeenCalledWith({ name: '2025', startsOn: '2025-01-01', endsOn: '2025-12-31', deadline: null })
  const link = within(list).getByRole('link', { name: 'Perioden överlappar perioden 2024.' })
  expect(link).toHaveAttribute('lang', 'sv')
  expect(link).toHaveAttribute('href', '#period-ends-on')
  expect(field('Sista dag')).toHaveAttribute('aria-invalid', 'true')
  expect(field('Sista dag')).toHaveAccessibleDescription(/Perioden överlappar perioden 2024\./)
  // a field this form does not have: in the summary, as text
  expect(within(list).queryByRole('link', { name: 'Strategin är avslutad.' })).toBeNull()
  expect(within(list).getByText('Strategin är avslutad.')).toHaveAttribute('lang', 'sv')
  // nothing typed is lost
  expect(field('Namn')).toHaveValue('2025')
})

test('a server that cannot be reached is said in the summary, in the UI language', async () => {
  render(<PeriodForm send={() => Promise.reject(new ApiError(0, ''))} />)
  type('Namn', '2025')
  type('Första dag', '2025-01-01')
  type('Sista dag', '2025-12-31')
  save()
  expect(await summary()).toHaveTextContent('Nätet är nere.')
})
