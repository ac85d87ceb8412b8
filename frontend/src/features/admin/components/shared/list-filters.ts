import { useState } from 'react'
import { useDebounced } from './use-debounced'

/**
 * The filters of a searchable, paged list: the search text (asked for once typing pauses), one choice (a kind,
 * a role), whether archived rows are shown, and the page. A changed filter starts from the first page.
 */
export function useListFilters() {
  const [search, setSearch] = useState('')
  const [choice, setChoice] = useState('')
  const [archived, setArchived] = useState(false)
  const [page, setPage] = useState(1)
  const settledSearch = useDebounced(search.trim())
  const fromFirstPage =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value)
      setPage(1)
    }
  return {
    search,
    choice,
    archived,
    page,
    /** the search text once typing has paused; undefined when empty */
    settledSearch: settledSearch || undefined,
    setSearch: fromFirstPage(setSearch),
    setChoice: fromFirstPage(setChoice),
    setArchived: fromFirstPage(setArchived),
    setPage,
  }
}

export type ListFilters = ReturnType<typeof useListFilters>
