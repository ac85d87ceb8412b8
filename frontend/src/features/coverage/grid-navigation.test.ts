// The grid's keyboard moves (WAI-ARIA APG data grid), on a grid of 3 rows × 4 columns.
import { clampPosition, moveInGrid } from './grid-navigation'

test.each([
  ['ArrowRight', {}, { row: 1, col: 1 }, { row: 1, col: 2 }],
  ['ArrowLeft', {}, { row: 1, col: 1 }, { row: 1, col: 0 }],
  ['ArrowDown', {}, { row: 1, col: 1 }, { row: 2, col: 1 }],
  ['ArrowUp', {}, { row: 1, col: 1 }, { row: 0, col: 1 }],
  // the edges stop the move
  ['ArrowRight', {}, { row: 1, col: 3 }, { row: 1, col: 3 }],
  ['ArrowLeft', {}, { row: 1, col: 0 }, { row: 1, col: 0 }],
  ['ArrowDown', {}, { row: 2, col: 1 }, { row: 2, col: 1 }],
  ['ArrowUp', {}, { row: 0, col: 1 }, { row: 0, col: 1 }],
  ['Home', {}, { row: 1, col: 2 }, { row: 1, col: 0 }],
  ['End', {}, { row: 1, col: 1 }, { row: 1, col: 3 }],
  ['Home', { ctrlKey: true }, { row: 2, col: 2 }, { row: 0, col: 0 }],
  ['End', { ctrlKey: true }, { row: 0, col: 0 }, { row: 2, col: 3 }],
  ['Home', { metaKey: true }, { row: 2, col: 2 }, { row: 0, col: 0 }],
  ['PageDown', {}, { row: 0, col: 2 }, { row: 2, col: 2 }],
  ['PageUp', {}, { row: 2, col: 2 }, { row: 0, col: 2 }],
])('%s %j from %j goes to %j', (key, modifiers, from, to) => {
  expect(moveInGrid(from, { key, ...modifiers }, 3, 4)).toEqual(to)
})

test.each(['Enter', 'Escape', 'Tab', 'a'])('%s is not a move', (key) => {
  expect(moveInGrid({ row: 0, col: 0 }, { key }, 3, 4)).toBeNull()
})

test('an empty grid has nowhere to go, and a remembered cell stays inside a grid that shrank', () => {
  expect(moveInGrid({ row: 0, col: 0 }, { key: 'ArrowDown' }, 0, 0)).toBeNull()
  expect(clampPosition({ row: 5, col: 7 }, 3, 4)).toEqual({ row: 2, col: 3 })
  expect(clampPosition({ row: 1, col: 1 }, 0, 0)).toEqual({ row: 0, col: 0 })
})
