import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldMessage } from '@/lib/form-errors'

/**
 * The hint and the error message of a field or a group of fields, as `<id>-hint` and `<id>-error`: the control or
 * the fieldset names them in aria-describedby (see `describedBy`; Field does both). The error is read with "Fel:"
 * before it, and in its own language (the API's and the contract's messages are Swedish). `live`: the error sits in
 * a live region, so that one shown while typing is heard.
 */
export function FieldHelp({ id, hint, error, live }: { id: string; hint?: ReactNode; error?: FieldMessage; live?: boolean }) {
  const { t } = useTranslation('ui')
  const message = error && (
    <p id={`${id}-error`} className="field-error">
      <span className="visually-hidden">{t('errorPrefix')} </span>
      <span lang={error.lang}>{error.message}</span>
    </p>
  )
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {live ? <div aria-live="polite">{message}</div> : message}
    </>
  )
}

/** The aria-describedby of a field with FieldHelp: its hint and error when shown, then any other ids. */
export const describedBy = (id: string, { hint, error }: { hint?: unknown; error?: unknown }, ...more: (string | undefined)[]) =>
  [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined, ...more].filter(Boolean).join(' ') || undefined
