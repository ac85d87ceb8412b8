import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldMessage } from '@/lib/form-errors'

/**
 * The hint and the error message of a field or a group of fields (a fieldset of checkboxes), as `<id>-hint` and
 * `<id>-error`: the control or the fieldset names them in aria-describedby (see `describedBy`). The error is
 * read with "Fel:" before it, and in its own language (the API's messages are Swedish).
 */
export function FieldHelp({ id, hint, error }: { id: string; hint?: ReactNode; error?: FieldMessage }) {
  const { t } = useTranslation('ui')
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{t('errorPrefix')} </span>
          <span lang={error.lang}>{error.message}</span>
        </p>
      )}
    </>
  )
}

/** The aria-describedby of a field with FieldHelp: its hint and error when shown, then any other ids. */
export const describedBy = (id: string, { hint, error }: { hint?: unknown; error?: unknown }, ...more: string[]) =>
  [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined, ...more].filter(Boolean).join(' ') || undefined
