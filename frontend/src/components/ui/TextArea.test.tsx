// The personnummer check as the user types: the same function the API uses, shown at once beside the field.
import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import '@/lib/i18n'
import { TextArea } from './TextArea'

function Field({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial)
  return <TextArea id="narrative" label="Lägesbeskrivning" value={value} onChange={(event) => setValue(event.target.value)} />
}

const field = () => screen.getByLabelText('Lägesbeskrivning')

test.each([
  ['a personnummer', 'Kontakt med 640823-3234 om stödet.'],
  ['a samordningsnummer without separator', 'Ärende 7010632391 i vecka 3.'],
])('warns about %s as it is typed and marks the field invalid', (_case, text) => {
  render(<Field />)
  expect(field()).not.toHaveAttribute('aria-invalid')
  fireEvent.change(field(), { target: { value: text } })
  expect(field()).toHaveAttribute('aria-invalid', 'true')
  expect(field()).toHaveAccessibleDescription(/innehåller ett personnummer eller samordningsnummer/)
})

test.each([
  ['an organisation number', 'Avtal med 556016-0680 om utbildning.'],
  ['a date and a phone number', 'Möte 2024-03-15, Kvinnofridslinjen 020-50 50 50.'],
  ['a wrong check digit', 'Nummer 640823-3235 är inget personnummer.'],
])('does not warn about %s', (_case, text) => {
  render(<Field initial={text} />)
  expect(field()).not.toHaveAttribute('aria-invalid')
  expect(screen.queryByText(/personnummer eller samordningsnummer/)).toBeNull()
})

test('the warning goes away when the number is removed', () => {
  render(<Field initial="Ring 640823-3234" />)
  expect(field()).toHaveAttribute('aria-invalid', 'true')
  fireEvent.change(field(), { target: { value: 'Ring handläggaren' } })
  expect(field()).not.toHaveAttribute('aria-invalid')
})
