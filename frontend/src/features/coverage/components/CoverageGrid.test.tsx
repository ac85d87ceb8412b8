// The matrix as a keyboard grid: one cell in the tab order, arrows/Home/End/Ctrl+Home move, Enter opens a cell's
// details and Escape closes them with the focus back on the cell; sorting and filtering from the controls.
import { QueryClient } from '@tanstack/react-query'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { ReportingPeriod } from '@uppfoljning/contract'
import { progressKeys } from '@/api/query-keys'
import { periodSearchSchema } from '@/api/use-chosen-period'
import { z } from '@/lib/search-schema'
import '@/lib/i18n'
import { buildMatrix, defaultOptions } from '../coverage-matrix'
import { coverageFixture } from '../fixtures'
import { matrixSearchSchema } from '../matrix-address'
import { renderAt, settled } from '../../../../test/render'
import { CoverageGrid } from './CoverageGrid'
import { CoverageView } from './CoverageView'

// jsdom has <dialog> without its modal methods
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
})

/** text as read, with the sv-SE non-breaking space before % made plain */
const text = (element: Element) => (element.textContent ?? '').replace(/\u00a0/g, ' ')
const cell = (row: string, column: number) => within(screen.getByRole('row', { name: new RegExp(`^${row}`) })).getAllByRole('gridcell')[column].querySelector('button')!

test('moves the focus with the arrow keys, Home/End and Ctrl+Home/End, one cell in the tab order', () => {
  const onOpen = jest.fn()
  render(<CoverageGrid matrix={buildMatrix(coverageFixture, defaultOptions)} caption="Täckning 2025" onOpen={onOpen} />)
  const grid = screen.getByRole('grid', { name: 'Täckning 2025' })
  expect(within(grid).getAllByRole('columnheader').map(text)).toEqual(['Mål 1 Förebygga 67 %', 'Mål 2 Skydda 50 %', 'Organisation', '1.1 Åtgärd 1.1 67 %', '1.10 Åtgärd 1.10 67 %', '2.1 Åtgärd 2.1 50 %'])
  expect(grid.querySelectorAll('button[tabindex="0"]')).toHaveLength(1)

  const first = cell('Alby', 0)
  expect(first).toHaveAttribute('tabindex', '0')
  expect(first).toHaveAccessibleName('Täcks – 1 aktivitet')
  act(() => first.focus())
  fireEvent.keyDown(first, { key: 'ArrowRight' })
  expect(cell('Alby', 1)).toHaveFocus()
  fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' })
  expect(cell('Bro', 1)).toHaveFocus()
  expect(cell('Bro', 1)).toHaveAccessibleName('Lucka – ingen aktiv aktivitet')
  expect(cell('Bro', 1)).toHaveAttribute('tabindex', '0')
  expect(first).toHaveAttribute('tabindex', '-1')
  fireEvent.keyDown(document.activeElement!, { key: 'End' })
  expect(cell('Bro', 2)).toHaveFocus()
  fireEvent.keyDown(document.activeElement!, { key: 'Home' })
  expect(cell('Bro', 0)).toHaveFocus()
  fireEvent.keyDown(document.activeElement!, { key: 'End', ctrlKey: true })
  expect(cell('Polisen', 2)).toHaveFocus()
  fireEvent.keyDown(document.activeElement!, { key: 'Home', ctrlKey: true })
  expect(first).toHaveFocus()
  expect(cell('Berga', 1)).toHaveAccessibleName('Förväntas inte – 2 aktiviteter')
  expect(cell('Berga', 0)).toHaveAccessibleName('Förväntas inte')

  fireEvent.click(cell('Bro', 2))
  expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ shortName: 'Bro' }), expect.objectContaining({ code: '2.1' }))
})

const period: ReportingPeriod = {
  ...coverageFixture.period,
  strategyId: 1,
  deadline: '2026-02-15',
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  archivedAt: null,
}

function renderView(search = '?period=5') {
  // the page now renders after the router has loaded: fresh data, so that no refetch (there is no server) replaces it
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
  client.setQueryData(progressKeys.coverage(5), coverageFixture)
  return renderAt(<CoverageView period={period} organisationLink={(organisationId) => ({ to: '/resultat/organisationer/$organisationId', params: { organisationId }, search: { period: 5 } })} />, `/resultat/tackning${search}`, {
    queryClient: client,
    validateSearch: z.extend(periodSearchSchema, matrixSearchSchema.shape),
  })
}

const rowHeaders = () => screen.getAllByRole('rowheader').map(text)

test('opens a cell with Enter and closes it with Escape, the focus back on the cell', async () => {
  await renderView()
  const gap = cell('Bro', 0)
  act(() => gap.focus())
  // a button's Enter is its click
  fireEvent.click(gap)
  const dialog = screen.getByRole('dialog', { name: 'Bro kommun, åtgärd 1.1' })
  expect(dialog).toHaveTextContent('Förväntas arbeta med åtgärden men har ingen aktiv aktivitet på den (lucka).')
  expect(dialog).toHaveTextContent('Inga aktiva aktiviteter.')
  expect(within(dialog).getByRole('link', { name: 'Resultat för Bro kommun' })).toHaveAttribute('href', '/resultat/organisationer/2?period=5')
  fireEvent(dialog, new Event('cancel', { cancelable: true }))
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(gap).toHaveFocus()
})

test('sorts and filters from the controls, keeping the choice in the address', async () => {
  const { router } = await renderView()
  expect(screen.getByText(/^I hela länet finns 6 av 10 förväntade bidrag \(60\s%\)\.$/)).toBeInTheDocument()
  expect(rowHeaders()).toEqual(['Alby 67 %', 'Bro 0 %', 'Centrum 100 %', 'Berga – (inget förväntas)', 'Polisen 100 %'])

  fireEvent.change(screen.getByLabelText('Sortera organisationer'), { target: { value: 'coverage-asc' } })
  await settled(router)
  expect(router.history.location.search).toBe('?period=5&orgSort=coverage-asc')
  expect(rowHeaders()[0]).toBe('Bro 0 %')

  fireEvent.change(screen.getByLabelText('Typ av organisation'), { target: { value: 'municipality' } })
  await settled(router)
  fireEvent.click(screen.getByLabelText('Visa bara luckor'))
  await settled(router)
  expect(router.history.location.search).toBe('?period=5&orgSort=coverage-asc&kind=municipality&gaps=1')
  expect(rowHeaders()).toEqual(['Bro 0 %', 'Alby 67 %'])
  expect(screen.getByRole('status')).toHaveTextContent('Visar 2 organisationer och 3 åtgärder.')

  fireEvent.change(screen.getByLabelText('Mål'), { target: { value: '20' } })
  await settled(router)
  expect(screen.getAllByRole('columnheader').map(text)).toContain('2.1 Åtgärd 2.1 33 %')
})

test('shows the same coverage as lists per goal, gaps by name', async () => {
  const { router } = await renderView('?period=5&view=list')
  expect(screen.queryByRole('grid')).toBeNull()
  const table = screen.getByRole('table', { name: /^Mål 2 Skydda: 50\s% \(2 av 4\)$/ })
  const row = within(table).getByRole('row', { name: /2\.1/ })
  expect(within(row).getAllByRole('cell').map(text)).toEqual(['4', '50 % (2 av 4)', 'Alby, Bro'])
  fireEvent.click(screen.getByRole('button', { name: 'Visa som matris' }))
  await settled(router)
  expect(screen.getByRole('grid')).toBeInTheDocument()
  expect(router.history.location.search).toBe('?period=5')
})
