import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { DataTable } from './DataTable'
import { RowButton } from './RowButton'

export type Column<Row> = {
  header: string
  cell: (row: Row) => ReactNode
  /** the cell that names the row (`<th scope="row">`); an archived row's tag follows its content */
  rowHeader?: boolean
  /** the cell shows the data's own text (names, titles), which is Swedish also in an English UI */
  content?: boolean
  className?: (row: Row) => string | undefined
  /** smaller text under the row header's name and tag (a user's e-mail address) */
  secondary?: (row: Row) => ReactNode
}

/** A button in a row's last cell. */
export type RowAction = { label: string; onClick: () => void }

type Props<Row> = {
  caption: string
  rows: Row[]
  columns: Column<Row>[]
  /** the row a button acts on, for screen readers ("Ändra" → "Ändra 1.1 Våldsförebyggande program i skolan") */
  rowName: (row: Row) => string
  /** the buttons of a row: Ändra, then Arkivera or Återställ (useArchiveRow's `action`), or the list's own */
  actions: (row: Row) => RowAction[]
  /** the tag an archived row's header carries (default Arkiverad) */
  archivedTag?: string
}

/**
 * An admin list as a table: a column header per column, a row header naming each row, archived rows marked
 * (style and tag), and a last column of buttons whose names say which row they act on.
 */
export function ListTable<Row extends { id: number; archivedAt: string | null }>({
  caption,
  rows,
  columns,
  rowName,
  actions,
  archivedTag,
}: Props<Row>) {
  const { t } = useTranslation('admin')
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">{t('list.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={row.archivedAt ? 'admin-archived' : undefined}>
            {columns.map(({ header, cell, rowHeader, content, className, secondary }) => {
              const Cell = rowHeader ? 'th' : 'td'
              return (
                <Cell
                  key={header}
                  scope={rowHeader ? 'row' : undefined}
                  lang={content ? CONTENT_LANGUAGE : undefined}
                  className={className?.(row)}
                >
                  {cell(row)}
                  {rowHeader && row.archivedAt && <span className="admin-tag">{archivedTag ?? t('list.archivedTag')}</span>}
                  {rowHeader && secondary && <span className="admin-secondary">{secondary(row)}</span>}
                </Cell>
              )
            })}
            <td>
              <div className="admin-row-actions">
                {actions(row).map((action, index) => (
                  // by place, not by label: when Arkivera turns into Återställ the button stays and keeps the focus
                  <RowButton key={index} label={action.label} row={rowName(row)} onClick={action.onClick} />
                ))}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  )
}
