import { describedBy, FieldHelp } from '@/components/ui/FieldHelp'
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
  const toggle = (option: V, checked: boolean) => onValue(options.map((o) => o.value).filter((v) => (v === option ? checked : value.includes(v))))
  return (
    <fieldset className={error ? 'field field-invalid admin-fieldset' : 'field admin-fieldset'} aria-describedby={describedBy(id, { hint, error })}>
      <legend className="field-label">{legend}</legend>
      <FieldHelp id={id} hint={hint} error={error} />
      <ul className="admin-checkboxes">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`
          return (
            <li key={option.value} className="admin-checkbox">
              <input type="checkbox" id={optionId} checked={value.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
              <label htmlFor={optionId}>{option.label}</label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
