// What stops a draft from being saved: a personnummer in any text, or a progress that is not a whole percentage.
import { blockedBy, progressOf, type DraftValues } from './use-follow-up-draft'

const draft = (changes: Partial<DraftValues> = {}): DraftValues => ({
  status: 'ongoing',
  progress: '40',
  narrative: '',
  results: '',
  obstacles: '',
  ...changes,
})

test.each([
  ['0', 0],
  ['40', 40],
  [' 100 ', 100],
  ['101', null],
  ['-1', null],
  ['4,5', null],
  ['', null],
  ['1e2', null],
])('progressOf(%j) is %j', (text, expected) => {
  expect(progressOf(text)).toBe(expected)
})

test.each<[string, Partial<DraftValues>, ReturnType<typeof blockedBy>]>([
  ['a clean draft', {}, null],
  ['a personnummer in the obstacles', { obstacles: 'Sjuk: 640823-3234' }, 'personnummer'],
  ['a samordningsnummer in the results', { results: '701063-2391 deltog' }, 'personnummer'],
  ['an organisation number', { narrative: 'Avtal med 556016-0680' }, null],
  ['a progress over 100', { progress: '120' }, 'progress'],
])('%s → %j', (_case, changes, expected) => {
  expect(blockedBy(draft(changes))).toBe(expected)
})
