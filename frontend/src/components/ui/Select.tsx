import type { Ref, SelectHTMLAttributes } from 'react'
import type { FieldMessage } from '@/lib/form-errors'
import { Field } from './Field'

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  id: string
  label: string
  options: { value: string; label: string }[]
  hint?: string
  error?: FieldMessage
  ref?: Ref<HTMLSelectElement>
}

/** A labelled native select (keyboard and screen readers know it) with hint and error tied to it (Field). */
export function Select({ id, label, options, hint, error, ref, ...select }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select ref={ref} className="field-input" {...control} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
