import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGE } from '@/lib/i18n'

/**
 * The row was saved by someone else after the form was opened (409 version-conflict): say so, and offer to
 * load what is stored now (the form then starts over from it). Focused when shown, like the error summary.
 */
export function ConflictNotice({ detail, onReload, reloading }: { detail: string; onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation('admin')
  const ref = useRef<HTMLDivElement>(null)
  const titleId = useId()
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="error-summary-title">
        {t('form.conflictTitle')}
      </h2>
      <p lang={CONTENT_LANGUAGE}>{detail}</p>
      <p>{t('form.conflictBody')}</p>
      <button type="button" className="button" onClick={onReload} aria-disabled={reloading || undefined}>
        {t('form.conflictReload')}
      </button>
    </div>
  )
}
