import type { Option } from '../../form/options'
import { ArchivedToggle } from './ArchivedToggle'
import { Choice, TextInput } from './fields'
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
      <TextInput id={search.id} type="search" label={search.label} hint={search.hint} value={filters.search} onValue={filters.setSearch} />
      <Choice id={choice.id} label={choice.label} options={choice.options} value={filters.choice} onValue={filters.setChoice} />
      <ArchivedToggle id={archived.id} label={archived.label} checked={filters.archived} onChange={filters.setArchived} />
    </form>
  )
}
