// A small coverage answer for the component and logic tests (not imported by the app).
import type { CoverageCell, ProgressCoverage } from '@uppfoljning/contract'

const period = { id: 5, name: '2025', startsOn: '2025-01-01', endsOn: '2025-12-31', status: 'open' as const }
const figure = (covered: number, expected: number) => ({ covered, expected, coverage: expected === 0 ? null : covered / expected })

export const organisations = [
  { id: 1, name: 'Alby kommun', shortName: 'Alby', kind: 'municipality', parentId: null, coverage: figure(2, 3) },
  { id: 2, name: 'Bro kommun', shortName: 'Bro', kind: 'municipality', parentId: null, coverage: figure(0, 3) },
  { id: 3, name: 'Centrums stad', shortName: 'Centrum', kind: 'municipality', parentId: null, coverage: figure(3, 3) },
  { id: 4, name: 'Berga stadsdelsområde', shortName: 'Berga', kind: 'district', parentId: 3, coverage: figure(0, 0) },
  { id: 5, name: 'Polismyndigheten', shortName: 'Polisen', kind: 'authority', parentId: null, coverage: figure(1, 1) },
] satisfies ProgressCoverage['organisations']

/** c = covered (one action each), g = gap, a number = not expected with that many actions, n = not expected */
function cells(spec: string): CoverageCell[] {
  return organisations.map((organisation, index) => {
    const code = spec[index]
    const state = code === 'c' ? 'covered' : code === 'g' ? 'gap' : 'not-expected'
    const count = code === 'c' ? 1 : /\d/.test(code) ? Number(code) : 0
    return { organisationId: organisation.id, expected: state !== 'not-expected', state, actions: Array.from({ length: count }, (_, i) => ({ id: organisation.id * 100 + i, status: 'ongoing' as const })) }
  })
}

const measure = (measureId: number, code: string, goalId: number, spec: string) => {
  const row = cells(spec)
  const expected = row.filter((c) => c.expected).length
  return { measureId, code, title: `Åtgärd ${code}`, goalId, coverage: figure(row.filter((c) => c.state === 'covered').length, expected), cells: row }
}

export const coverageFixture: ProgressCoverage = {
  strategy: { id: 1, name: 'Strategin' },
  period,
  previousPeriod: null,
  referenceDate: '2025-06-30',
  organisations,
  goals: [
    {
      goalId: 10,
      code: '1',
      title: 'Förebygga',
      coverage: figure(4, 6),
      subGoals: [],
      // Alby covers 1.1 and 1.10, Bro neither, Centrum both (1.10 through its district Berga, which is not expected)
      measures: [measure(101, '1.10', 10, 'cgc2n'), measure(100, '1.1', 10, 'cgcnn')],
    },
    { goalId: 20, code: '2', title: 'Skydda', coverage: figure(2, 4), subGoals: [], measures: [measure(200, '2.1', 20, 'ggcnc')] },
  ],
  county: figure(6, 10),
}
