import type { ReportDetail } from '@uppfoljning/contract'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '@/components/ui/ConfirmDialog'
import { ErrorState } from '@/components/ui/ErrorState'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { ApiError } from '@/lib/api-client'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { useChangeReportState, type ReportStep } from '../api/change-report-state'
import type { ReportActions } from '../report-actions'

type Props = {
  report: ReportDetail
  actions: ReportActions
  /** OPK staff have unsaved changes in the texts (archiving would drop them) */
  dirty: boolean
  /** reads the stored report again (after a 409) */
  onReload: () => Promise<unknown>
  /** where the focus goes when the button pressed is gone afterwards (approved, archived, restored) */
  headingId: string
}

type Failure = { step: ReportStep; error: unknown }

/**
 * The steps of a report's life the viewer may take: OPK staff recompute a draft's figures, archive it or restore it;
 * the steering group approves it — after a dialog saying it can never be changed afterwards.
 */
export function ReportActionsBar({ report, actions, dirty, onReload, headingId }: Props) {
  const { t } = useTranslation('reports')
  const { t: tApp } = useTranslation()
  const change = useChangeReportState(report.id)
  const [confirming, setConfirming] = useState<'approve' | 'archive' | null>(null)
  const [done, setDone] = useState('')
  const [failure, setFailure] = useState<Failure | null>(null)

  // kept while it has something to say: after approval no step is left, but "approved" must still be heard
  if (!actions.refresh && !actions.archive && !actions.restore && !actions.approve && !done && !failure) return null

  const run = async (step: ReportStep) => {
    setConfirming(null)
    setFailure(null)
    setDone('')
    try {
      await change.mutateAsync({ step, version: report.version })
      setDone(t(`actions.done.${step}`))
      if (step !== 'refresh') document.getElementById(headingId)?.focus()
    } catch (error) {
      setFailure({ step, error })
    }
  }

  const reload = async () => {
    setFailure(null)
    await onReload()
  }

  const busy = change.isPending
  return (
    <section className="report-actions" aria-labelledby="report-actions-heading">
      <h2 id="report-actions-heading">{t('actions.heading')}</h2>
      {actions.approve && <p>{t('actions.approveIntro')}</p>}
      {actions.approve && report.summary.trim() === '' && <p className="report-notice report-notice-draft">{t('actions.noSummaryYet')}</p>}
      {actions.refresh && <p>{t('actions.refreshIntro')}</p>}
      <div className="report-action-buttons">
        {actions.approve && (
          <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => !busy && setConfirming('approve')}>
            {t('actions.approve')}
          </button>
        )}
        {actions.refresh && (
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={busy || undefined}
            onClick={() => !busy && void run('refresh')}
          >
            {change.isPending && change.variables?.step === 'refresh' ? t('actions.refreshing') : t('actions.refresh')}
          </button>
        )}
        {actions.archive && (
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={busy || undefined}
            onClick={() => !busy && setConfirming('archive')}
          >
            {t('actions.archive')}
          </button>
        )}
        {actions.restore && (
          <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => !busy && void run('restore')}>
            {t('actions.restore')}
          </button>
        )}
      </div>
      <StatusMessage>{done}</StatusMessage>
      {failure && (
        <StepFailed
          failure={failure}
          onReload={() => void reload()}
          retryLabel={tApp('state.retry')}
          onRetry={() => void run(failure.step)}
        />
      )}
      <ConfirmDialog
        open={confirming === 'approve'}
        title={t('actions.approveTitle')}
        confirmLabel={t('actions.approveConfirm')}
        cancelLabel={t('actions.cancel')}
        onConfirm={() => void run('approve')}
        onCancel={() => setConfirming(null)}
      >
        <p>{t('actions.approveBody')}</p>
        <p>
          <strong>{t('actions.approveForever')}</strong>
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'archive'}
        title={t('actions.archiveTitle')}
        confirmLabel={t('actions.archiveConfirm')}
        cancelLabel={t('actions.cancel')}
        danger
        onConfirm={() => void run('archive')}
        onCancel={() => setConfirming(null)}
      >
        <p>{t('actions.archiveBody')}</p>
        {dirty && <p>{t('actions.archiveUnsaved')}</p>}
      </ConfirmDialog>
    </section>
  )
}

/** Why a step failed: someone changed the report meanwhile (read it again), a rule of the API (its Swedish words), or the network. */
function StepFailed({
  failure,
  onReload,
  onRetry,
  retryLabel,
}: {
  failure: Failure
  onReload: () => void
  onRetry: () => void
  retryLabel: string
}) {
  const { t } = useTranslation('reports')
  const { t: tApp } = useTranslation()
  const { error } = failure
  if (error instanceof ApiError && error.status === 409 && failure.step !== 'restore')
    return (
      <ErrorState
        title={t('actions.conflictTitle')}
        message={t('actions.conflict')}
        action={{ label: t('actions.reload'), onClick: onReload }}
      />
    )
  if (error instanceof ApiError && !error.isNetworkError && error.detail)
    return <ErrorState title={t(`actions.failed.${failure.step}`)} message={error.detail} messageLang={CONTENT_LANGUAGE} />
  return (
    <ErrorState
      title={t(`actions.failed.${failure.step}`)}
      message={error instanceof ApiError && error.isNetworkError ? tApp('state.networkError') : tApp('state.sendFailed')}
      action={{ label: retryLabel, onClick: onRetry }}
    />
  )
}
