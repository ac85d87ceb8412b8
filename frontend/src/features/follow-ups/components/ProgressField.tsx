import type { InputHTMLAttributes } from 'react'
import { describedBy, FieldHelp } from '@/components/ui/FieldHelp'
import type { FieldMessage } from '@/lib/form-errors'

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { id: string; label: string; hint: string; error?: FieldMessage }

/** How far the action has come: a whole number from 0 to 100 with a % after it (arrow keys step by one). */
export function ProgressField({ id, label, hint, error, ...input }: Props) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <FieldHelp id={id} hint={hint} error={error} />
      <div className="input-with-unit">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          className="field-input field-input-short"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint, error })}
          {...input}
        />
        <span className="unit" aria-hidden="true">
          %
        </span>
      </div>
    </div>
  )
}
