// Which rows and columns the matrix shows, in which order, and the figures over what is chosen.
import { buildMatrix, defaultOptions, gapsOf, type MatrixOptions } from './coverage-matrix'
import { coverageFixture } from './fixtures'
import { defaultParseSearch, defaultStringifySearch } from '@tanstack/react-router'
import { matrixSearchOf, matrixSearchSchema, matrixStateOf } from './matrix-address'

const build = (options: Partial<MatrixOptions> = {}) => buildMatrix(coverageFixture, { ...defaultOptions, ...options })
const rowNames = (options: Partial<MatrixOptions> = {}) => build(options).organisations.map((o) => o.shortName)
const columnCodes = (options: Partial<MatrixOptions> = {}) => build(options).goals.flatMap((g) => g.measures.map((m) => m.code))

test.each([
  // a district follows its city
  ['name', ['Alby', 'Bro', 'Centrum', 'Berga', 'Polisen']],
  // lowest first; Berga expects nothing (no figure) and goes last either way
  ['coverage-asc', ['Bro', 'Alby', 'Centrum', 'Polisen', 'Berga']],
  ['coverage-desc', ['Centrum', 'Polisen', 'Alby', 'Bro', 'Berga']],
] as const)('sorts organisations by %s', (organisationSort, expected) => {
  expect(rowNames({ organisationSort })).toEqual(expected)
})

test.each([
  // codes compare as numbers: 1.1 before 1.10
  ['code', ['1.1', '1.10', '2.1']],
  // within each goal: 1.1 and 1.10 are both 2 of 3
  ['coverage-asc', ['1.1', '1.10', '2.1']],
  ['coverage-desc', ['1.1', '1.10', '2.1']],
] as const)('sorts measures within their goal by %s', (measureSort, expected) => {
  expect(columnCodes({ measureSort })).toEqual(expected)
})

test('figures count covered of expected pairs, and nothing expected is no figure (not 0)', () => {
  const matrix = build()
  expect(matrix.figure).toEqual({ expected: 10, covered: 6, coverage: 0.6 })
  const byName = Object.fromEntries(matrix.organisations.map((o) => [o.shortName, o.figure]))
  expect(byName.Alby).toEqual({ expected: 3, covered: 2, coverage: 2 / 3 })
  expect(byName.Bro).toEqual({ expected: 3, covered: 0, coverage: 0 })
  expect(byName.Berga).toEqual({ expected: 0, covered: 0, coverage: null })
  expect(matrix.goals.map((g) => g.figure.coverage)).toEqual([4 / 6, 0.5])
})

test('a goal filter keeps its measures and counts the organisations over them only', () => {
  const matrix = build({ goalId: 20 })
  expect(matrix.goals.map((g) => g.code)).toEqual(['2'])
  const alby = matrix.organisations.find((o) => o.shortName === 'Alby')!
  expect(alby.figure).toEqual({ expected: 1, covered: 0, coverage: 0 })
  expect(matrix.organisations.find((o) => o.shortName === 'Polisen')!.figure.coverage).toBe(1)
})

test('a kind filter keeps those organisations and counts the measures over them', () => {
  const matrix = build({ kind: 'municipality' })
  expect(matrix.organisations.map((o) => o.shortName)).toEqual(['Alby', 'Bro', 'Centrum'])
  expect(matrix.goals[1].measures[0].figure).toEqual({ expected: 3, covered: 1, coverage: 1 / 3 })
})

test('"only gaps" keeps the rows and columns with a gap, and leaves the figures as they were', () => {
  const matrix = build({ onlyGaps: true })
  expect(matrix.organisations.map((o) => o.shortName)).toEqual(['Alby', 'Bro'])
  expect(matrix.goals.flatMap((g) => g.measures.map((m) => m.code))).toEqual(['1.1', '1.10', '2.1'])
  expect(matrix.figure).toEqual(build().figure)
  expect(build({ onlyGaps: true, kind: 'authority' }).organisations).toEqual([])
})

test('lists the gaps of a measure by organisation', () => {
  const matrix = build()
  expect(gapsOf(matrix.goals[1].measures[0], matrix.organisations).map((o) => o.shortName)).toEqual(['Alby', 'Bro'])
})

test('reads the sort, filters and view from the address and writes them back, keeping the period', () => {
  const read = (search: string) => matrixStateOf(matrixSearchSchema.parse(defaultParseSearch(search)))
  const search = '?period=5&orgSort=coverage-asc&measureSort=coverage-desc&goal=10&kind=district&gaps=1&view=list'
  const state = read(search)
  expect(state).toEqual({ organisationSort: 'coverage-asc', measureSort: 'coverage-desc', goalId: 10, kind: 'district', onlyGaps: true, view: 'list' })
  expect(defaultStringifySearch({ period: 5, ...matrixSearchOf(state) })).toBe(search)
  expect(defaultStringifySearch({ period: 5, ...matrixSearchOf({ ...defaultOptions, view: 'grid' }) })).toBe('?period=5')
  // nonsense falls back to the defaults
  expect(read('?orgSort=x&goal=-1&kind=planet&gaps=yes&view=map')).toEqual({ ...defaultOptions, view: 'grid' })
})
