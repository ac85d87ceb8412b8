import type { InputHTMLAttributes, Ref } from 'react'
import type { FieldMessage } from '@/lib/form-errors'

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string
  label: string
  hint?: string
  error?: FieldMessage
  /** read before the error message by screen readers and shown to nobody else: "Fel:" */
  errorPrefix: string
  ref?: Ref<HTMLInputElement>
}

/** A labelled input with an optional hint and error message, both tied to it with aria-describedby. */
export function TextField({ id, label, hint, error, errorPrefix, ref, ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{errorPrefix} </span>
          <span lang={error.lang}>{error.message}</span>
        </p>
      )}
      <input ref={ref} id={id} className="field-input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
    </div>
  )
}
