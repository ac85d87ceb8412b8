import type { FollowUp, PlanAction } from '@uppfoljning/contract'
import { PROGRESS_MAX, PROGRESS_MIN } from '@uppfoljning/contract/limits'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@/components/ui/ErrorState'
import { FormErrorSummary } from '@/components/ui/ErrorSummary'
import { FormScope, FormSelect, FormTextArea, useFormField } from '@/components/ui/FormFields'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { UnsavedChangesGuard } from '@/components/ui/UnsavedChangesGuard'
import { ApiError } from '@/lib/api-client'
import { setApiErrors } from '@/lib/form-errors'
import { formatTime } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { actionStatuses } from '../labels'
import { TEXT_FIELDS, useFollowUpDraft, type SaveState } from '../use-follow-up-draft'
import { ProgressField } from './ProgressField'

type Props = {
  action: PlanAction
  periodId: number
  followUp: FollowUp | null
  onSubmitted: () => void
}

/**
 * The coordinator's follow-up of an action for a period, saved as a draft while they write (use-follow-up-draft.ts)
 * and then submitted. Checked by the contract's schema when submitted, refusing to send while a text holds a
 * personnummer; the API's refusals land by their fields.
 */
export function FollowUpForm({ action, periodId, followUp, onSubmitted }: Props) {
  const { t } = useTranslation('followUps')
  const { t: tApp } = useTranslation()
  const draft = useFollowUpDraft({ actionId: action.id, periodId, initial: followUp, actionStatus: action.status })
  const { form } = draft
  const [loadFailed, setLoadFailed] = useState(false)

  const submit = form.handleSubmit(async () => {
    const result = await draft.submit()
    if (result.ok) return onSubmitted()
    if (result.error) setApiErrors(form, result.error, { networkError: tApp('state.networkError'), unexplained: tApp('state.sendFailed') })
  })

  const loadTheirs = async () => {
    try {
      await draft.loadTheirs()
      setLoadFailed(false)
      form.setFocus('status')
    } catch {
      setLoadFailed(true)
    }
  }

  const returned = followUp?.state === 'returned'
  return (
    <FormScope form={form} idPrefix="follow-up">
      <section className="follow-up-form" aria-labelledby="follow-up-form-heading">
        <h2 id="follow-up-form-heading">{returned ? t('form.headingReturned') : t('form.heading')}</h2>
        <FormErrorSummary />
        {draft.saveState.kind === 'conflict' && (
          <ErrorState
            title={t('save.conflictTitle')}
            message={loadFailed ? t('save.loadFailed') : t('save.conflict')}
            action={{ label: t('save.loadTheirs'), onClick: () => void loadTheirs() }}
          />
        )}
        {/* a field that loses the focus saves the draft (blur bubbles to the form in React) */}
        <form
          className="form"
          noValidate
          onBlur={() => void draft.save()}
          onSubmit={(event) => {
            if (draft.submitting) event.preventDefault()
            else void submit(event)
          }}
        >
          <UnsavedChangesGuard dirty={draft.dirty} />
          <p className="field-hint">{t('form.intro')}</p>
          <FormSelect
            name="status"
            label={t('form.status')}
            hint={t('form.statusHint')}
            options={actionStatuses.map((status) => ({ value: status, label: t(`actionStatus.${status}`) }))}
          />
          <ProgressInput
            label={t('form.progress')}
            hint={t('form.progressHint', { min: PROGRESS_MIN, max: PROGRESS_MAX })}
            blocked={draft.blocked === 'progress' ? t('form.progressInvalid', { min: PROGRESS_MIN, max: PROGRESS_MAX }) : undefined}
          />
          {TEXT_FIELDS.map((field) => (
            <FormTextArea key={field} name={field} label={t(`form.${field}`)} hint={t(`form.${field}Hint`)} lang={CONTENT_LANGUAGE} />
          ))}
          <SaveStatus state={draft.saveState} blocked={draft.dirty ? draft.blocked : null} hasDraft={draft.hasDraft} />
          {draft.saveState.kind === 'failed' && <SaveFailed error={draft.saveState.error} onRetry={() => void draft.save()} />}
          <div className="form-actions">
            <button type="submit" className="button" aria-disabled={draft.submitting || undefined}>
              {draft.submitting ? t('form.submitting') : returned ? t('form.resubmit') : t('form.submit')}
            </button>
          </div>
        </form>
      </section>
    </FormScope>
  )
}

/** The progress, bound to the form; while it is no percentage the draft is not saved, and the field says so at once. */
function ProgressInput({ label, hint, blocked }: { label: string; hint: string; blocked?: string }) {
  const { id, field, error } = useFormField<string>('progress')
  return <ProgressField id={id} label={label} hint={hint} {...field} error={error ?? (blocked ? { message: blocked } : undefined)} />
}

/** What the live region says: saving, saved at, why it does not save; failures and conflicts are alerts of their own. */
function SaveStatus({ state, blocked, hasDraft }: { state: SaveState; blocked: 'personnummer' | 'progress' | null; hasDraft: boolean }) {
  const { t } = useTranslation('followUps')
  const { locale } = useLanguage()
  let text = ''
  if (blocked === 'personnummer') text = t('save.blockedPersonnummer')
  else if (blocked === 'progress') text = t('save.blockedProgress')
  else if (state.kind === 'saving') text = t('save.saving')
  else if (state.kind === 'saved') text = t('save.saved', { time: formatTime(state.at, locale) })
  else if (state.kind === 'idle' && !hasDraft) text = t('save.auto')
  return (
    <div className="save-status">
      <StatusMessage>{text}</StatusMessage>
    </div>
  )
}

function SaveFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('followUps')
  const detail = error instanceof ApiError && !error.isNetworkError && error.detail ? error.detail : undefined
  return (
    <ErrorState
      title={t('save.failedTitle')}
      message={
        <>
          {detail ? (
            <span lang={CONTENT_LANGUAGE}>{detail} </span>
          ) : error instanceof ApiError && error.isNetworkError ? (
            `${t('save.offline')} `
          ) : (
            ''
          )}
          {t('save.failedKept')}
        </>
      }
      action={{ label: t('save.retry'), onClick: onRetry }}
    />
  )
}
