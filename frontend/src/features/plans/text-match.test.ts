// The filter of the measure and organisation pickers: what people type finds what they mean.
import { matches } from './text-match'

test.each([
  ['Våld i nära relationer', 'vald', true],
  ['Våld i nära relationer', 'VÅLD', true],
  ['Våld i nära relationer', 'nära rel', true],
  ['Våld i nära relationer', '  nara  ', true],
  ['Södertälje kommun', 'soder', true],
  ['Ekerö kommun', 'ekero', true],
  ['1.2 Utbildning', '1.2', true],
  ['1.2 Utbildning', '', true],
  ['Våld i nära relationer', 'hedersrelaterat', false],
  ['1.2 Utbildning', '1.3', false],
])('%j contains %j: %s', (text, query, expected) => {
  expect(matches(text, query)).toBe(expected)
})
