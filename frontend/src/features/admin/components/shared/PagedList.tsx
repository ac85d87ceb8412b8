import type { UseQueryResult } from '@tanstack/react-query'
import type { Page } from '@uppfoljning/contract'
import type { ReactNode } from 'react'
import { Pager } from './Pager'
import { QueryList } from './QueryList'

type Props<Row> = {
  query: UseQueryResult<Page<Row>>
  page: number
  pageSize: number
  onPage: (page: number) => void
  /** the pager's name */
  pagesLabel: string
  /** what is announced when a search or filter has found `count` rows */
  found: (count: number) => string
  loading: string
  empty: string
  /** the rows of the page (a table) */
  children: (page: Page<Row>) => ReactNode
}

/**
 * A filtered list one page at a time: the number found is announced, the list is marked busy while the next
 * page or filter loads (the previous one stays on screen meanwhile), and a pager follows the rows.
 */
export function PagedList<Row>({ query, page, pageSize, onPage, pagesLabel, found, loading, empty, children }: Props<Row>) {
  return (
    <>
      <p role="status" className="visually-hidden">
        {query.data ? found(query.data.total) : ''}
      </p>
      <div aria-busy={query.isFetching && !query.isPending ? true : undefined}>
        <QueryList query={query} loading={loading} empty={empty}>
          {(data) => (
            <>
              {children(data)}
              <Pager label={pagesLabel} page={page} pageSize={pageSize} total={data.total} onPage={onPage} />
            </>
          )}
        </QueryList>
      </div>
    </>
  )
}
