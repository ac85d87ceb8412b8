import { useTranslation } from 'react-i18next'
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
  const { t } = useTranslation()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const toggle = (option: V, checked: boolean) => onValue(options.map((o) => o.value).filter((v) => (v === option ? checked : value.includes(v))))
  return (
    <fieldset className={error ? 'field field-invalid admin-fieldset' : 'field admin-fieldset'} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          <span lang={error.lang}>{error.message}</span>
        </p>
      )}
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
