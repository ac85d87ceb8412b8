// The Swedish messages a user sees beside a field (the API's 400 names them per field).
import { MeasureCreate, ProgressQuery } from '.'

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))

describe('Swedish validation messages', () => {
  it.each([
    [{}, 'Uppgiften saknas.'],
    [{ periodId: 'abc' }, 'Ange ett id: ett positivt heltal.'],
    [{ periodId: '0' }, 'Ska vara större än 0.'],
    [{ periodId: true }, 'Värdet har fel form.'],
  ])('an id given as %j: %s', (query, message) => {
    expect(messages(ProgressQuery.safeParse(query))).toEqual({ periodId: message })
  })

  it('bounds that include their limit say so', () => {
    expect(messages(MeasureCreate.safeParse({ goalId: 1, code: '1', title: 'Åtgärd', weight: 101 }))).toEqual({
      weight: 'Högsta tillåtna värde är 100.',
    })
    expect(messages(MeasureCreate.safeParse({ goalId: 1, code: '1', title: 'Åtgärd', weight: -1 }))).toEqual({
      weight: 'Lägsta tillåtna värde är 0.',
    })
  })
})
