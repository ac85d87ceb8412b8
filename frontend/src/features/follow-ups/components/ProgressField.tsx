import type { InputHTMLAttributes } from 'react'
import { PROGRESS_MAX, PROGRESS_MIN } from '@uppfoljning/contract/limits'
import { Field } from '@/components/ui/Field'
import type { FieldMessage } from '@/lib/form-errors'

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { id: string; label: string; hint: string; error?: FieldMessage }

/** How far the action has come: a whole number within the contract's range with a % after it (arrow keys step by one). */
export function ProgressField({ id, label, hint, error, ...input }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <div className="input-with-unit">
          <input
            type="number"
            inputMode="numeric"
            min={PROGRESS_MIN}
            max={PROGRESS_MAX}
            step={1}
            className="field-input field-input-short"
            {...control}
            {...input}
          />
          <span className="unit" aria-hidden="true">
            %
          </span>
        </div>
      )}
    </Field>
  )
}
