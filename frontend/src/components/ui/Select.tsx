import type { Ref, SelectHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldMessage } from '@/lib/form-errors'

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  id: string
  label: string
  options: { value: string; label: string }[]
  hint?: string
  error?: FieldMessage
  ref?: Ref<HTMLSelectElement>
}

/** A labelled native select (keyboard and screen readers know it) with hint and error tied to it. */
export function Select({ id, label, options, hint, error, ref, ...select }: Props) {
  const { t } = useTranslation('ui')
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
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
          <span className="visually-hidden">{t('errorPrefix')} </span>
          <span lang={error.lang}>{error.message}</span>
        </p>
      )}
      <select ref={ref} id={id} className="field-input" aria-invalid={error ? true : undefined} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
