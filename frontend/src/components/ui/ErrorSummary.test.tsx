// The error summary of a failed submit: focused when shown, each problem a link that puts the cursor in its field.
import { fireEvent, render, screen } from '@testing-library/react'
import { ErrorSummary } from './ErrorSummary'

test('takes the focus and links each problem to its field', () => {
  render(
    <>
      <ErrorSummary
        title="Det finns ett problem"
        items={[{ message: 'Ange aktivitetens namn.', fieldId: 'title' }, { message: 'Servern svarade inte.' }]}
      />
      <label htmlFor="title">Aktivitetens namn</label>
      <input id="title" />
    </>,
  )
  const summary = screen.getByRole('alert', { name: 'Det finns ett problem' })
  expect(summary).toHaveFocus()
  fireEvent.click(screen.getByRole('link', { name: 'Ange aktivitetens namn.' }))
  expect(screen.getByLabelText('Aktivitetens namn')).toHaveFocus()
  // a problem without a field is plain text
  expect(screen.queryByRole('link', { name: 'Servern svarade inte.' })).toBeNull()
  expect(screen.getByText('Servern svarade inte.')).toBeTruthy()
})
