import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CoverageCell } from '@uppfoljning/contract'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { organisationLabel, type Matrix, type MatrixMeasure, type MatrixOrganisation } from '../coverage-matrix'
import { clampPosition, moveInGrid, type GridPosition } from '../grid-navigation'
import { FigureText } from './FigureText'

type Props = {
  matrix: Matrix
  caption: string
  onOpen: (organisation: MatrixOrganisation, measure: MatrixMeasure) => void
}

/**
 * What a cell shows — ✓ and the count when covered, ✗ for a gap, the bare count when not expected but acting — and
 * what it says (its accessible name; a grid has 1 000+ cells, so one element each rather than hidden text).
 */
function useCellText() {
  const { t } = useTranslation('coverage')
  return (cell: CoverageCell): [string, string] => {
    const count = cell.actions.length
    if (cell.state === 'covered') return [`✓${count}`, t('grid.covered', { count })]
    if (cell.state === 'gap') return ['✗', t('grid.gap')]
    return count > 0 ? [String(count), t('grid.other', { count })] : ['·', t('grid.none')]
  }
}

/**
 * The coverage matrix as an ARIA data grid: organisations are rows, measures columns grouped under their goal.
 * One cell at a time is in the tab order (roving tabindex); the arrow keys, Home/End, Ctrl+Home/End and Page
 * Up/Down move between cells (grid-navigation.ts); Enter or a click opens the cell's details. Headers stick while
 * the grid scrolls inside its own box.
 */
export function CoverageGrid({ matrix, caption, onOpen }: Props) {
  const { t } = useTranslation('coverage')
  const cellText = useCellText()
  const table = useRef<HTMLTableElement>(null)
  const [remembered, setActive] = useState<GridPosition>({ row: 0, col: 0 })
  const measures = matrix.goals.flatMap((goal) => goal.measures)
  const rows = matrix.organisations.length
  const cols = measures.length
  const active = clampPosition(remembered, rows, cols)

  const focusCell = (at: GridPosition) => {
    setActive(at)
    table.current?.querySelector<HTMLButtonElement>(`[data-cell="${at.row}-${at.col}"]`)?.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]')
    if (!cell) return
    const [row, col] = cell.dataset.cell!.split('-').map(Number)
    const next = moveInGrid({ row, col }, event, rows, cols)
    if (!next) return
    event.preventDefault()
    focusCell(next)
  }

  return (
    <div className="coverage-grid-scroll">
      <table ref={table} role="grid" className="coverage-grid" aria-describedby="coverage-grid-keys" onKeyDown={onKeyDown}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td className="coverage-blank" />
            {matrix.goals.map((goal) => (
              <th key={goal.goalId} scope="colgroup" colSpan={goal.measures.length} className="coverage-goal" title={goal.title}>
                {t('grid.goalHeader', { code: goal.code })}
                <span className="visually-hidden" lang={CONTENT_LANGUAGE}>
                  {' '}
                  {goal.title}
                </span>{' '}
                <FigureText figure={goal.figure} short />
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col" className="coverage-corner">
              {t('grid.organisation')}
            </th>
            {measures.map((measure) => (
              <th key={measure.measureId} scope="col" className="coverage-measure" title={measure.title}>
                <span className="coverage-code">{measure.code}</span>
                <span className="visually-hidden" lang={CONTENT_LANGUAGE}>
                  {' '}
                  {measure.title}
                </span>{' '}
                <FigureText figure={measure.figure} short />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.organisations.map((organisation, row) => (
            <tr key={organisation.id}>
              <th scope="row" className={organisation.parentId === null ? 'coverage-organisation' : 'coverage-organisation coverage-sub-unit'}>
                <span lang={CONTENT_LANGUAGE}>{organisationLabel(organisation)}</span> <FigureText figure={organisation.figure} short />
              </th>
              {measures.map((measure, col) => {
                const cell = measure.cellOf(organisation.id)
                const [symbol, name] = cellText(cell)
                return (
                  <td key={measure.measureId} role="gridcell" className={`coverage-cell coverage-${cell.state}`}>
                    <button
                      type="button"
                      data-cell={`${row}-${col}`}
                      tabIndex={row === active.row && col === active.col ? 0 : -1}
                      onFocus={() => setActive({ row, col })}
                      onClick={() => onOpen(organisation, measure)}
                      aria-label={name}
                    >
                      {symbol}
                    </button>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
