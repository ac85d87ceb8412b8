import { useId, type Ref, type TextareaHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { containsPersonnummer } from '@uppfoljning/contract/personnummer'
import type { FieldMessage } from '@/lib/form-errors'

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value'> & {
  id: string
  label: string
  value: string
  hint?: string
  error?: FieldMessage
  ref?: Ref<HTMLTextAreaElement>
}

/**
 * Free text: a labelled textarea with hint and error tied to it. Checks for a personnummer or samordningsnummer
 * as the user types (the same check the API makes, contract/src/personnummer.ts) and says so at once.
 * A form must refuse to send while `hasPersonnummer(value)` holds.
 */
export function TextArea({ id, label, hint, error, value, ref, ...textarea }: Props) {
  const { t } = useTranslation('ui')
  const warningId = useId()
  const personal = containsPersonnummer(value)
  const shown: FieldMessage | undefined = error ?? (personal ? { message: t('personnummer') } : undefined)
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = shown ? `${id}-error` : undefined
  return (
    <div className={shown ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {/* a live region, so that the warning is heard while typing */}
      <div id={warningId} aria-live="polite">
        {shown && (
          <p id={errorId} className="field-error">
            <span className="visually-hidden">{t('errorPrefix')} </span>
            <span lang={shown.lang}>{shown.message}</span>
          </p>
        )}
      </div>
      <textarea
        ref={ref}
        id={id}
        className="field-input"
        value={value}
        aria-invalid={shown ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        rows={5}
        {...textarea}
      />
    </div>
  )
}

/** True when the text holds a personnummer or samordningsnummer: the form must not be sent. */
export const hasPersonnummer = containsPersonnummer
