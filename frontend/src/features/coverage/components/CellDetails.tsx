import type { LinkOptions } from '@tanstack/react-router'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CoverageCell, ProgressAction, ProgressExplanation } from '@uppfoljning/contract'
import { useExplanation } from '@/api/get-explanation'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import type { MatrixMeasure, MatrixOrganisation } from '../coverage-matrix'

type Props = {
  periodId: number
  organisation: MatrixOrganisation
  measure: MatrixMeasure
  organisationLink: (organisationId: number) => LinkOptions
  onClose: () => void
}

/** Every live action the explanation of a measure names, by id (counted, left out, or among those covering it). */
function actionsById(explanation: ProgressExplanation): Map<number, ProgressAction> {
  const { progress, coverage } = explanation
  const all = [
    ...progress.actions,
    ...progress.leftOut.cancelled,
    ...progress.leftOut.missing,
    ...progress.leftOut.notDue,
    ...progress.leftOut.unlinked,
    ...coverage.measures.flatMap((measure) => measure.coveredBy.flatMap((covered) => covered.actions)),
  ]
  return new Map(all.map((action) => [action.id, action]))
}

const stateText = { covered: 'details.covered', gap: 'details.gap', 'not-expected': 'details.notExpected' } as const satisfies Record<CoverageCell['state'], string>

/**
 * One cell's details in a modal dialog: whether the organisation is expected on the measure and covers it, and
 * its active actions with their status in the period (titles fetched for the measure when the dialog opens).
 * Escape or "Stäng" closes it and the focus goes back to the cell.
 */
export function CellDetails({ periodId, organisation, measure, organisationLink, onClose }: Props) {
  const { t } = useTranslation('coverage')
  const dialog = useRef<HTMLDialogElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const titleId = useId()
  const cell = measure.cellOf(organisation.id)
  const explanation = useExplanation({ periodId, measureId: measure.measureId }, cell.actions.length > 0)

  // read while rendering, before the dialog takes the focus: where the focus goes back to
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null))

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    // showModal focuses the first link; the close button is the safe first stop
    closeButton.current?.focus()
    return () => {
      if (element?.open) element.close()
      opener?.focus()
    }
  }, [opener])

  let actions
  if (cell.actions.length === 0) actions = <p>{t('details.noActions')}</p>
  else if (explanation.isPending) actions = <LoadingState>{t('details.loading')}</LoadingState>
  else if (explanation.isError) actions = <LoadError error={explanation.error} onRetry={() => void explanation.refetch()} />
  else {
    const byId = actionsById(explanation.data)
    actions = (
      <ul className="coverage-actions">
        {cell.actions.map(({ id, status }) => {
          const action = byId.get(id)
          const owner = action && action.organisation.id !== organisation.id ? action.organisation.name : null
          return (
            <li key={id}>
              <span lang={CONTENT_LANGUAGE}>{action?.title ?? t('details.unnamed', { id })}</span>
              {owner && (
                <span className="coverage-owner">
                  {' '}
                  {t('details.ownedBy')} <span lang={CONTENT_LANGUAGE}>{owner}</span>
                </span>
              )}
              {' – '}
              <strong>{t(`actionStatus.${status}`)}</strong>
            </li>
          )
        })}
      </ul>
    )
  }

  return (
    <dialog
      ref={dialog}
      className="dialog coverage-details"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={titleId}>{t('details.title', { organisation: organisation.name, code: measure.code })}</h2>
      <p lang={CONTENT_LANGUAGE}>{measure.title}</p>
      <p>{t(stateText[cell.state])}</p>
      <h3>{t('details.actions')}</h3>
      {actions}
      <p>
        <Link {...organisationLink(organisation.id)}>{t('details.organisationLink', { organisation: organisation.name })}</Link>
      </p>
      <div className="dialog-buttons">
        <button ref={closeButton} type="button" className="button" onClick={onClose}>
          {t('details.close')}
        </button>
      </div>
    </dialog>
  )
}
