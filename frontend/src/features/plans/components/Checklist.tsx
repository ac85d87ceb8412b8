import { useState, type KeyboardEvent, type ReactNode } from 'react'
import { describedBy, FieldHelp } from '@/components/ui/FieldHelp'
import type { FieldMessage } from '@/lib/form-errors'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { matches } from '../text-match'

export type ChecklistOption = { id: number; label: ReactNode; /** what the filter searches */ text: string }
export type ChecklistGroup = { key: string; /** a group of its own (a fieldset) when given */ legend?: string; options: ChecklistOption[] }

type Props = {
  /** the outer fieldset's id: the error summary links (and moves the focus) here */
  id: string
  legend: string
  hint?: string
  filterLabel: string
  groups: ChecklistGroup[]
  selected: number[]
  onChange: (ids: number[]) => void
  error?: FieldMessage
  countText: (count: number) => string
  noMatch: string
  /** a box of its own height that scrolls (long flat lists) */
  scroll?: boolean
}

/**
 * A searchable multiple choice: checkboxes (native, so Tab, Space and screen readers just work) in fieldsets per
 * group, with a text box that narrows the list as you type. What is chosen stays chosen while hidden by the filter.
 */
export function Checklist({ id, legend, hint, filterLabel, groups, selected, onChange, error, countText, noMatch, scroll }: Props) {
  const [query, setQuery] = useState('')
  const filterId = `${id}-filter`
  const visible = groups
    .map((group) => ({
      ...group,
      options:
        query.trim() && !(group.legend && matches(group.legend, query))
          ? group.options.filter((o) => matches(o.text, query))
          : group.options,
    }))
    .filter((group) => group.options.length > 0)

  const toggle = (optionId: number, checked: boolean) =>
    onChange(checked ? [...selected, optionId] : selected.filter((x) => x !== optionId))
  // Enter in the filter would send the whole form; here it only filters
  const stayInFilter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.preventDefault()
  }

  const options = (list: ChecklistOption[]) =>
    list.map((option) => (
      <div key={option.id} className="checkbox">
        <input
          type="checkbox"
          id={`${id}-${option.id}`}
          checked={selected.includes(option.id)}
          onChange={(event) => toggle(option.id, event.target.checked)}
        />
        <label htmlFor={`${id}-${option.id}`} lang={CONTENT_LANGUAGE}>
          {option.label}
        </label>
      </div>
    ))

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? 'checklist checklist-invalid' : 'checklist'}
      aria-describedby={describedBy(id, { hint, error })}
    >
      <legend className="field-label">{legend}</legend>
      <FieldHelp id={id} hint={hint} error={error} />
      <div className="field checklist-filter">
        <label htmlFor={filterId}>{filterLabel}</label>
        <input
          id={filterId}
          type="search"
          className="field-input"
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={stayInFilter}
        />
      </div>
      <p className="checklist-count" aria-live="polite">
        {countText(selected.length)}
      </p>
      <div className={scroll ? 'checklist-options checklist-scroll' : 'checklist-options'}>
        {visible.map((group) =>
          group.legend ? (
            <fieldset key={group.key} className="checklist-group">
              <legend lang={CONTENT_LANGUAGE}>{group.legend}</legend>
              {options(group.options)}
            </fieldset>
          ) : (
            <div key={group.key}>{options(group.options)}</div>
          ),
        )}
        {visible.length === 0 && <p className="state state-empty">{noMatch}</p>}
      </div>
    </fieldset>
  )
}
