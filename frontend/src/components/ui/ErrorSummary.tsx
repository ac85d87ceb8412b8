import { useEffect, useId, useRef, type MouseEvent } from 'react'
import type { SummaryItem } from '@/lib/form-errors'

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

/** Following the link only scrolls; put the cursor in the field and keep its label in view. */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId)
  if (!(field instanceof HTMLElement)) return
  event.preventDefault()
  field.focus({ preventScroll: true })
  const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`)
  ;(label ?? field).scrollIntoView({ block: 'start' })
}
