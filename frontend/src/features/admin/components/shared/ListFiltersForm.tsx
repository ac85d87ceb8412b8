import { Select } from '@/components/ui/Select'
import { TextField } from '@/components/ui/TextField'
import type { Option } from '../../form/options'
import { ArchivedToggle } from './ArchivedToggle'
import type { ListFilters } from './list-filters'

type Props = {
  /** the search landmark's name */
  label: string
  filters: ListFilters
  search: { id: string; label: string; hint: string }
  /** the one choice; its first option is "all" (value '') */
  choice: { id: string; label: string; options: Option[] }
  archived: { id: string; label: string }
}

/** The search box, the choice and "show archived" above a list; it filters as the user types and chooses. */
export function ListFiltersForm({ label, filters, search, choice, archived }: Props) {
  return (
    <form role="search" aria-label={label} className="admin-filters" onSubmit={(event) => event.preventDefault()}>
      <TextField
        id={search.id}
        type="search"
        label={search.label}
        hint={search.hint}
        value={filters.search}
        onChange={(event) => filters.setSearch(event.target.value)}
      />
      <Select
        id={choice.id}
        label={choice.label}
        options={choice.options}
        value={filters.choice}
        onChange={(event) => filters.setChoice(event.target.value)}
      />
      <ArchivedToggle id={archived.id} label={archived.label} checked={filters.archived} onChange={filters.setArchived} />
    </form>
  )
}
