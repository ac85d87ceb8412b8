// "Per organisation": each organisation's figures in the period, grouped by kind, sorted; districts under their municipality.
import type { ProgressTrends } from '@uppfoljning/contract'
import { hasFigures, organisationFigures, sortOrganisations } from './organisations'

const period = (id: number, name: string) => ({ id, name, startsOn: `${name}-01-01`, endsOn: `${name}-12-31`, status: 'closed' as const })
const organisation = (
  id: number,
  name: string,
  kind: ProgressTrends['organisations'][number]['kind'],
  progress: (number | null)[],
  coverage: (number | null)[],
  parentId: number | null = null,
) => ({
  id,
  name,
  shortName: null,
  kind,
  parentId,
  progress,
  coverage,
})

const trends = {
  periods: [period(1, '2024'), period(2, '2025')],
  organisations: [
    organisation(17, 'Stockholms stad', 'municipality', [0.5, 0.6], [0.7, 0.71]),
    organisation(13, 'Nykvarns kommun', 'municipality', [0.4, null], [0.1, 0.1]),
    organisation(6, 'Ekerö kommun', 'municipality', [null, 0.3], [0.1, 0.09]),
    organisation(44, 'Södermalm stadsdelsområde', 'district', [null, 0.8], [null, null], 17),
    organisation(33, 'Bromma stadsdelsområde', 'district', [null, null], [null, null], 17),
    organisation(28, 'Polismyndigheten', 'authority', [0.6, 0.68], [1, 1]),
  ],
}

test('organisationFigures picks the period asked for; missing stays null', () => {
  const figures = organisationFigures(trends, 2)
  expect(figures.find((o) => o.id === 13)).toMatchObject({ progress: null, coverage: 0.1 })
  expect(figures.find((o) => o.id === 44)).toMatchObject({ parentName: 'Stockholms stad', progress: 0.8, coverage: null })
  expect(organisationFigures(trends, 99).every((o) => o.progress === null && o.coverage === null)).toBe(true)
})

test('hasFigures leaves out only districts without any figure', () => {
  expect(
    organisationFigures(trends, 2)
      .filter(hasFigures)
      .map((o) => o.id),
  ).toEqual([17, 13, 6, 44, 28])
})

test('by name: groups by kind, each district right after its municipality', () => {
  const groups = sortOrganisations(organisationFigures(trends, 2), 'name')
  expect(groups.map((g) => [g.kind, g.organisations.map((o) => o.name)])).toEqual([
    ['municipality', ['Ekerö kommun', 'Nykvarns kommun', 'Stockholms stad', 'Bromma stadsdelsområde', 'Södermalm stadsdelsområde']],
    ['authority', ['Polismyndigheten']],
  ])
})

test('by coverage: highest first, missing last, districts a group of their own', () => {
  const groups = sortOrganisations(organisationFigures(trends, 2), 'coverage')
  expect(groups.map((g) => [g.kind, g.organisations.map((o) => o.id)])).toEqual([
    ['municipality', [17, 13, 6]],
    ['district', [33, 44]],
    ['authority', [28]],
  ])
})

test('by progress: highest first, missing last', () => {
  const groups = sortOrganisations(organisationFigures(trends, 2), 'progress')
  expect(groups[0].organisations.map((o) => o.id)).toEqual([17, 6, 13])
})
