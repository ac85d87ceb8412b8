import type { UseQueryResult } from '@tanstack/react-query'
import type { Page } from '@uppfoljning/contract'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Option } from '../../form/options'
import type { ListFilters } from './list-filters'
import { ListFiltersForm } from './ListFiltersForm'
import { ListTable, type Column, type RowAction } from './ListTable'
import { PagedList } from './PagedList'
import { SectionFrame } from './SectionFrame'
import type { SectionState } from './section-state'

type Row = { id: number; archivedAt: string | null }

type Props<R extends Row> = {
  /**
   * the section's texts in the admin locale: `<texts>.filterLabel`, `.search`, `.searchHint`, `.new`, `.pages`,
   * `.found`, `.loading`, `.empty` and `.caption`; `<texts>-search` is the search box's id
   */
  texts: 'organisations' | 'users'
  title: string
  section: SectionState<unknown>
  /** useConfirm's dialog, for the row actions that ask first */
  confirmDialog: ReactNode
  query: UseQueryResult<Page<R>>
  filters: ListFilters
  pageSize: number
  /** the one choice beside the search box (its first option is "all") and "show archived" */
  choice: { id: string; label: string; options: Option[] }
  archived: { id: string; label: string }
  onNew: () => void
  /** the open form, if any */
  form: ReactNode
  columns: Column<R>[]
  rowName: (row: R) => string
  actions: (row: R) => RowAction[]
  archivedTag?: string
}

/**
 * An admin section that is one searchable list of many rows (organisations, users): filters, New, the open form,
 * the rows a page at a time in a table, and the row actions. The section states only its columns and texts.
 */
export function SearchableSection<R extends Row>({
  texts,
  title,
  section,
  confirmDialog,
  query,
  filters,
  pageSize,
  choice,
  archived,
  onNew,
  form,
  ...table
}: Props<R>) {
  const { t } = useTranslation('admin')
  return (
    <>
      <h2>{title}</h2>
      <SectionFrame
        section={section}
        onReload={() => void query.refetch()}
        filters={
          <ListFiltersForm
            label={t(`${texts}.filterLabel`)}
            filters={filters}
            search={{ id: `${texts}-search`, label: t(`${texts}.search`), hint: t(`${texts}.searchHint`) }}
            choice={choice}
            archived={archived}
          />
        }
        newLabel={t(`${texts}.new`)}
        onNew={onNew}
        form={form}
        confirmDialog={confirmDialog}
      >
        <PagedList
          query={query}
          page={filters.page}
          pageSize={pageSize}
          onPage={filters.setPage}
          pagesLabel={t(`${texts}.pages`)}
          found={(count) => t(`${texts}.found`, { count })}
          loading={t(`${texts}.loading`)}
          empty={t(`${texts}.empty`)}
        >
          {(page) => <ListTable caption={t(`${texts}.caption`, { count: page.total })} rows={page.items} {...table} />}
        </PagedList>
      </SectionFrame>
    </>
  )
}
