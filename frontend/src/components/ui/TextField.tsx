import type { InputHTMLAttributes, Ref } from 'react'
import type { FieldMessage } from '@/lib/form-errors'
import { CharacterCount, countId } from './CharacterCount'
import { Field } from './Field'

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string
  label: string
  hint?: string
  error?: FieldMessage
  /** the contract's limit of the text: a character count shows as the text nears it */
  limit?: number
  ref?: Ref<HTMLInputElement>
}

/** A labelled input with an optional hint and error message, both tied to it (Field). */
export function TextField({ id, label, hint, error, limit, ref, className = 'field-input', ...input }: Props) {
  const length = typeof input.value === 'string' ? input.value.length : 0
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      describedBy={[countId(id, length, limit)].filter((x) => x !== undefined)}
      after={<CharacterCount id={id} length={length} limit={limit} />}
    >
      {(control) => <input ref={ref} className={className} {...control} {...input} />}
    </Field>
  )
}
