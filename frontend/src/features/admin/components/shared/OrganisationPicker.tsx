import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organisation } from '@uppfoljning/contract'
import { useAllOrganisations } from '@/api/get-organisations'
import { FieldGroup } from '@/components/ui/Field'
import { useFormField } from '@/components/ui/FormFields'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import type { FieldMessage } from '@/lib/form-errors'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { organisationKinds } from '../../form/options'

type Props = {
  /** the id of the filter box, the group's first control (where the error summary's link leads) */
  id: string
  legend: string
  hint?: string
  value: number[]
  onValue: (value: number[]) => void
  error?: FieldMessage
}

const byName = (a: Organisation, b: Organisation) => a.name.localeCompare(b.name, 'sv')

/**
 * Organisations to tick, grouped by kind, with a box that narrows the list by name (the ticked ones stay in
 * view). About fifty organisations: a checkbox each beats a multi-select widget for keyboards and screen readers.
 */
export function OrganisationPicker({ id, legend, hint, value, onValue, error }: Props) {
  const { t } = useTranslation('admin')
  const organisations = useAllOrganisations()
  const [filter, setFilter] = useState('')
  const countId = useId()

  let body
  if (organisations.isPending) body = <LoadingState>{t('organisations.loading')}</LoadingState>
  else if (organisations.isError) body = <LoadError error={organisations.error} onRetry={() => void organisations.refetch()} />
  else {
    const needle = filter.trim().toLocaleLowerCase('sv')
    const shown = organisations.data.items.filter(
      (o) =>
        value.includes(o.id) ||
        !needle ||
        o.name.toLocaleLowerCase('sv').includes(needle) ||
        o.shortName?.toLocaleLowerCase('sv').includes(needle),
    )
    const toggle = (organisationId: number, checked: boolean) =>
      onValue(checked ? [...value, organisationId] : value.filter((v) => v !== organisationId))
    body = (
      <div className="admin-picker-list">
        {shown.length === 0 && <p className="state state-empty">{t('picker.noMatch')}</p>}
        {organisationKinds.map((kind) => {
          const ofKind = shown.filter((o) => o.kind === kind).sort(byName)
          if (ofKind.length === 0) return null
          return (
            <fieldset key={kind} className="admin-fieldset admin-picker-group">
              <legend>{t(`enums.expectedKind.${kind}`)}</legend>
              <ul className="admin-checkboxes" lang={CONTENT_LANGUAGE}>
                {ofKind.map((organisation) => {
                  const optionId = `${id}-${organisation.id}`
                  return (
                    <li key={organisation.id} className="admin-checkbox">
                      <input
                        type="checkbox"
                        id={optionId}
                        checked={value.includes(organisation.id)}
                        onChange={(event) => toggle(organisation.id, event.target.checked)}
                      />
                      <label htmlFor={optionId}>{organisation.name}</label>
                    </li>
                  )
                })}
              </ul>
            </fieldset>
          )
        })}
      </div>
    )
  }

  return (
    <FieldGroup id={id} legend={legend} hint={hint} error={error} describedBy={[countId]} className="field admin-fieldset admin-picker">
      <p id={countId} className="field-hint">
        {t('picker.chosen', { count: value.length })}
      </p>
      <label htmlFor={id} className="admin-picker-filter-label">
        {t('picker.filter')}
      </label>
      <input
        id={id}
        type="search"
        className="field-input"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        autoComplete="off"
      />
      {body}
    </FieldGroup>
  )
}

/** The picker bound to a list of organisation ids in the form around (FormScope). */
export function FormOrganisationPicker({ name, ...props }: { name: string } & Pick<Props, 'legend' | 'hint'>) {
  const { id, field, error } = useFormField<number[]>(name)
  return <OrganisationPicker id={id} value={field.value} onValue={field.onChange} error={error} {...props} />
}
