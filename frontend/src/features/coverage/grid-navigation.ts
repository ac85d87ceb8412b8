// Moving the focus in a data grid from the keyboard (WAI-ARIA APG, "Data Grid"): arrows move one cell and stop
// at the edges, Home/End go to the row's first/last cell, Ctrl+Home/Ctrl+End to the grid's first/last cell,
// Page Up/Down jump a few rows.

export type GridPosition = { row: number; col: number }
export type GridKey = { key: string; ctrlKey?: boolean; metaKey?: boolean }

const PAGE_ROWS = 10

/** Where `key` moves the focus from `at` in a grid of `rows` × `cols` cells; null when the key is not a move. */
export function moveInGrid(at: GridPosition, { key, ctrlKey = false, metaKey = false }: GridKey, rows: number, cols: number): GridPosition | null {
  if (rows === 0 || cols === 0) return null
  const clamp = (row: number, col: number) => ({ row: Math.min(Math.max(row, 0), rows - 1), col: Math.min(Math.max(col, 0), cols - 1) })
  const whole = ctrlKey || metaKey
  switch (key) {
    case 'ArrowRight':
      return clamp(at.row, at.col + 1)
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1)
    case 'ArrowDown':
      return clamp(at.row + 1, at.col)
    case 'ArrowUp':
      return clamp(at.row - 1, at.col)
    case 'Home':
      return whole ? clamp(0, 0) : clamp(at.row, 0)
    case 'End':
      return whole ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1)
    case 'PageDown':
      return clamp(at.row + PAGE_ROWS, at.col)
    case 'PageUp':
      return clamp(at.row - PAGE_ROWS, at.col)
    default:
      return null
  }
}

/** Keeps a remembered position inside a grid that has shrunk (filters); the grid's first cell when it was unset. */
export function clampPosition(at: GridPosition, rows: number, cols: number): GridPosition {
  return { row: Math.min(at.row, Math.max(rows - 1, 0)), col: Math.min(at.col, Math.max(cols - 1, 0)) }
}
