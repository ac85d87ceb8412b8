import { useEffect, useId, useRef, type MouseEvent } from 'react'
import { useFormContext } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { errorList, fieldOfPath, messageOf, type SummaryItem } from '@/lib/form-errors'
import { useFieldId } from './FormFields'

/**
 * The problems of a failed submit, at the top of the form (GOV.UK's error summary): announced, focused
 * when shown, each item a link that puts the cursor in its field. Give it a new `key` per attempt so that
 * a repeated failure is announced again.
 */
export function ErrorSummary({ title, items }: { title: string; items: SummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null)
  const titleId = useId()

  useEffect(() => {
    ref.current?.focus()
  }, [])

  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="error-summary-title">
        {title}
      </h2>
      <ul>
        {items.map((item, index) => (
          <li key={index}>
            {item.fieldId ? (
              <a href={`#${item.fieldId}`} lang={item.lang} onClick={(event) => focusField(event, item.fieldId!)}>
                {item.message}
              </a>
            ) : (
              <span lang={item.lang}>{item.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Fields in the order they stand on the page; messages naming no field after them. */
function byPlaceOnPage(a: SummaryItem, b: SummaryItem) {
  const [x, y] = [a.fieldId && document.getElementById(a.fieldId), b.fieldId && document.getElementById(b.fieldId)]
  if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1)
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : x === y ? 0 : 1
}

/**
 * The error summary of the form around (FormScope), read from its state: the checks before sending and what the API
 * refused, each message linked to its field. Shown while there are errors; a new one (announced and focused) per
 * submit.
 */
export function FormErrorSummary() {
  const { t } = useTranslation()
  const { formState, getValues } = useFormContext()
  const idOf = useFieldId()
  const errors = errorList(formState.errors)
  if (errors.length === 0) return null
  const values = getValues()
  const items = errors
    .map(({ path, error }): SummaryItem => {
      const field = path.startsWith('root.') ? undefined : (fieldOfPath(values, path) ?? path)
      return { ...messageOf(error), fieldId: field && idOf(field) }
    })
    .sort(byPlaceOnPage)
  return <ErrorSummary key={formState.submitCount} title={t('form.errorSummaryTitle')} items={items} />
}

/** Following the link only scrolls; put the cursor in the field and keep its label in view. */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId)
  if (!(field instanceof HTMLElement)) return
  event.preventDefault()
  field.focus({ preventScroll: true })
  const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`)
  ;(label ?? field).scrollIntoView({ block: 'start' })
}
