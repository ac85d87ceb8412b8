import type { UseQueryResult } from '@tanstack/react-query'
import type { Page } from '@uppfoljning/contract'
import type { ReactNode } from 'react'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'

type Props<Row> = {
  query: UseQueryResult<Page<Row>>
  /** what is said while the list loads, and when it is empty */
  loading: string
  empty: string
  children: (page: Page<Row>) => ReactNode
}

/** A list's states: loading, failed (with retry), empty, or its rows. */
export function QueryList<Row>({ query, loading, empty, children }: Props<Row>) {
  if (query.isPending) return <LoadingState>{loading}</LoadingState>
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />
  if (query.data.items.length === 0) return <EmptyState>{empty}</EmptyState>
  return <>{children(query.data)}</>
}
