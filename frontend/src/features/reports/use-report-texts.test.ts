// What a save sends (only what changed, an emptied analysis as '') and what the form holds after it.
import { afterSave, changedTexts, type ReportTexts } from './use-report-texts'

const texts = (changes: Partial<ReportTexts> = {}): ReportTexts => ({
  title: 'Lägesrapport 2025',
  summary: '',
  analyses: { '11': 'Bra.' },
  ...changes,
})

test.each<[string, Partial<ReportTexts>, ReturnType<typeof changedTexts>]>([
  ['nothing', {}, null],
  ['the title', { title: 'Ny rubrik' }, { title: 'Ny rubrik' }],
  ['the summary', { summary: 'Text' }, { summary: 'Text' }],
  ['a new analysis', { analyses: { '11': 'Bra.', '12': 'Ny.' } }, { analyses: { '12': 'Ny.' } }],
  ['an emptied analysis', { analyses: { '11': '' } }, { analyses: { '11': '' } }],
  ['an analysis field left empty', { analyses: { '11': 'Bra.', '12': '' } }, null],
])('changed: %s', (_case, now, expected) => {
  expect(changedTexts(texts(), texts(now))).toEqual(expected)
})

test('after a save, what the user left alone becomes the stored text; what they went on typing stays', () => {
  const sent = texts({ title: ' Rubrik ', summary: 'Sammanfattning' })
  const stored = texts({ title: 'Rubrik', summary: 'Sammanfattning' })
  const current = texts({ title: ' Rubrik ', summary: 'Sammanfattning och mer' })
  expect(afterSave(current, sent, stored)).toEqual(texts({ title: 'Rubrik', summary: 'Sammanfattning och mer' }))
})
