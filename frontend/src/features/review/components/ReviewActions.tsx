import type { FollowUp } from '@uppfoljning/contract'
import { FollowUpReturn } from '@uppfoljning/contract/follow-ups'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@/components/ui/ErrorState'
import { FormErrorSummary } from '@/components/ui/ErrorSummary'
import { FormScope, useFormField } from '@/components/ui/FormFields'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { hasPersonnummer, TextArea } from '@/components/ui/TextArea'
import { UnsavedChangesGuard } from '@/components/ui/UnsavedChangesGuard'
import { ApiError } from '@/lib/api-client'
import { useZodForm } from '@/lib/form'
import { setApiErrors } from '@/lib/form-errors'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { useApproveFollowUp, useReturnFollowUp } from '../api/review-follow-up'

/** The comment of a return, as the contract checks it (the version goes with it from the follow-up). */
const returnSchema = FollowUpReturn.pick({ comment: true })

type Outcome = { kind: 'approved' | 'returned' } | { kind: 'conflict' } | { kind: 'failed'; message: string; lang?: string }

/**
 * Godkänn, or Återsänd with a required comment (checked for a personnummer before it is sent), for a submitted
 * follow-up; the version it was read at goes with either, so a reviewer who was beaten to it gets a 409, and the
 * follow-up is then reloaded. The outcome is announced, and the focus moves to it.
 */
export function ReviewActions({ followUp, title }: { followUp: FollowUp; title: string }) {
  const { t } = useTranslation('review')
  const approve = useApproveFollowUp()
  const giveBack = useReturnFollowUp()
  const form = useZodForm(returnSchema, {
    defaultValues: { comment: '' },
    missing: { comment: t('review.commentMissing') },
    personnummer: () => t('review.commentPersonal'),
  })
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const outcomeRef = useRef<HTMLDivElement>(null)
  const busy = approve.isPending || giveBack.isPending

  const show = (next: Outcome) => {
    setOutcome(next)
    // after the render that shows it (the buttons it replaces may be gone)
    requestAnimationFrame(() => outcomeRef.current?.focus())
  }
  const failed = (error: unknown) => {
    if (!(error instanceof ApiError)) return show({ kind: 'failed', message: t('review.unexplained') })
    if (error.status === 409) return show({ kind: 'conflict' })
    if (error.isNetworkError) return show({ kind: 'failed', message: t('review.networkError') })
    // the API's own explanation (Swedish) when it gave one: a 422 says why the follow-up cannot be reviewed now
    show(
      error.detail
        ? { kind: 'failed', message: error.detail, lang: CONTENT_LANGUAGE }
        : { kind: 'failed', message: t('review.unexplained') },
    )
  }

  const onApprove = () => {
    if (busy) return
    setOutcome(null)
    approve.mutate({ id: followUp.id, version: followUp.version }, { onSuccess: () => show({ kind: 'approved' }), onError: failed })
  }

  const onReturn = form.handleSubmit(({ comment }) =>
    giveBack.mutate(
      { id: followUp.id, version: followUp.version, comment },
      {
        onSuccess: () => {
          form.reset({ comment: '' })
          show({ kind: 'returned' })
        },
        onError: (error) => {
          if (error instanceof ApiError && error.errors.length > 0)
            setApiErrors(form, error, { networkError: t('review.networkError'), unexplained: t('review.unexplained') })
          else failed(error)
        },
      },
    ),
  )

  return (
    <section className="review-actions" aria-labelledby="review-actions-heading">
      <h3 id="review-actions-heading">{t('review.heading')}</h3>
      <div ref={outcomeRef} tabIndex={-1} className="review-outcome">
        {outcome?.kind === 'conflict' && <ErrorState title={t('review.conflictTitle')} message={t('review.conflict')} />}
        {outcome?.kind === 'failed' && <ErrorState title={t('review.failedTitle')} message={outcome.message} messageLang={outcome.lang} />}
        <StatusMessage>
          {outcome?.kind === 'approved'
            ? t('review.approved', { title })
            : outcome?.kind === 'returned'
              ? t('review.returned', { title })
              : ''}
        </StatusMessage>
      </div>
      {/* what the reviewer may do is the server's answer (`can`): a submitted follow-up, its period open to return it */}
      {!followUp.can.approve && !followUp.can.return ? (
        outcome?.kind !== 'approved' && outcome?.kind !== 'returned' && <p>{t('detail.notSubmitted')}</p>
      ) : (
        <>
          {followUp.can.approve && (
            <>
              <p>{t('review.approveHint')}</p>
              <p>
                <button type="button" className="button" aria-disabled={busy || undefined} onClick={onApprove}>
                  {approve.isPending ? t('review.approving') : t('review.approve')}
                </button>
              </p>
            </>
          )}
          {followUp.can.return && (
            <>
              <h4>{t('review.returnHeading')}</h4>
              <FormScope form={form} idPrefix="review">
                <form
                  className="form"
                  noValidate
                  onSubmit={(event) => {
                    if (busy) return event.preventDefault()
                    setOutcome(null)
                    void onReturn(event)
                  }}
                >
                  <FormErrorSummary />
                  <CommentField label={t('review.comment')} hint={t('review.commentHint')} />
                  <button type="submit" className="button button-secondary" aria-disabled={busy || undefined}>
                    {giveBack.isPending ? t('review.returning') : t('review.return')}
                  </button>
                </form>
                <UnsavedChangesGuard dirty={form.formState.isDirty} />
              </FormScope>
            </>
          )}
        </>
      )}
    </section>
  )
}

/** The reviewer's comment: while it holds a personnummer, the field's own warning (said as it is typed) takes the place of older errors. */
function CommentField({ label, hint }: { label: string; hint: string }) {
  const { id, field, error, limit } = useFormField<string>('comment')
  return <TextArea id={id} label={label} hint={hint} {...field} limit={limit} error={hasPersonnummer(field.value) ? undefined : error} />
}
