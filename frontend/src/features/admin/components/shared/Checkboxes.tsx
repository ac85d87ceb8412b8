import { FieldGroup } from '@/components/ui/Field'
import { useFormField } from '@/components/ui/FormFields'
import type { FieldMessage } from '@/lib/form-errors'
import type { Option } from '../../form/options'

type Props<V extends string> = {
  /** the id of the first checkbox: where the error summary's link puts the cursor */
  id: string
  legend: string
  hint?: string
  options: Option<V>[]
  value: V[]
  onValue: (value: V[]) => void
  error?: FieldMessage
}

/** A group of checkboxes under one legend; the chosen values stay in the options' order. */
export function Checkboxes<V extends string>({ id, legend, hint, options, value, onValue, error }: Props<V>) {
  const toggle = (option: V, checked: boolean) =>
    onValue(options.map((o) => o.value).filter((v) => (v === option ? checked : value.includes(v))))
  return (
    <FieldGroup id={id} legend={legend} hint={hint} error={error} className="field admin-fieldset">
      <ul className="admin-checkboxes">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`
          return (
            <li key={option.value} className="admin-checkbox">
              <input
                type="checkbox"
                id={optionId}
                checked={value.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </li>
          )
        })}
      </ul>
    </FieldGroup>
  )
}

/** Checkboxes bound to a list field of the form around (FormScope). */
export function FormCheckboxes<V extends string>({ name, ...props }: { name: string } & Pick<Props<V>, 'legend' | 'hint' | 'options'>) {
  const { id, field, error } = useFormField<V[]>(name)
  return <Checkboxes id={id} value={field.value} onValue={field.onChange} error={error} {...props} />
}
