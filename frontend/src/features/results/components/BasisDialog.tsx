import { useEffect, useId, useRef, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useExplanation, type ExplainSubject } from '@/api/get-explanation'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import type { ResultsLinks } from '../links'
import { Basis } from './Basis'

type Props = {
  periodId: number
  periodName: string
  subject: ExplainSubject
  /** what the figure is about, as the row shows it ("1 Förebygga våld", "Hela länet") */
  subjectTitle: string
  links: ResultsLinks
  onClose: () => void
}

/**
 * The rows behind one row of figures, in a native modal <dialog>: it opens when mounted (focus moves to its
 * heading, the page behind is inert), Escape or the close button end it, and focus returns to the button that opened it.
 */
export function BasisDialog({ periodId, periodName, subject, subjectTitle, links, onClose }: Props) {
  const { t } = useTranslation('results')
  const ref = useRef<HTMLDialogElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const titleId = useId()
  const explanation = useExplanation({ periodId, ...subject }, true)

  useEffect(() => {
    const dialog = ref.current
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (dialog && !dialog.open) dialog.showModal()
    headingRef.current?.focus()
    return () => {
      if (dialog?.open) dialog.close()
      opener?.focus()
    }
  }, [])

  // a link inside (an organisation's page) leaves the dialog behind
  const closeOnLink = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest('a')) onClose()
  }

  return (
    <dialog
      ref={ref}
      className="results-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <div className="results-dialog-head">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {t('basis.title', { subject: subjectTitle, period: periodName })}
        </h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('basis.close')}
        </button>
      </div>
      {/* one listener for the links inside (a link's click also comes from the keyboard): following one closes the dialog */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div className="results-dialog-body" onClick={closeOnLink}>
        {explanation.isPending ? (
          <LoadingState>{t('basis.loading')}</LoadingState>
        ) : explanation.isError ? (
          <LoadError error={explanation.error} onRetry={() => void explanation.refetch()} />
        ) : (
          <Basis explanation={explanation.data} links={links} />
        )}
      </div>
    </dialog>
  )
}
