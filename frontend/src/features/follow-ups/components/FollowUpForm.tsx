import type { ActionStatus, FollowUp, PlanAction } from '@uppfoljning/contract'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@/components/ui/ErrorState'
import { ErrorSummary } from '@/components/ui/ErrorSummary'
import { Select } from '@/components/ui/Select'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { hasPersonnummer, TextArea } from '@/components/ui/TextArea'
import { UnsavedChangesGuard } from '@/components/ui/UnsavedChangesGuard'
import { ApiError } from '@/lib/api-client'
import { formErrors, formErrorsFromApi, type FormErrors } from '@/lib/form-errors'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { formatTime } from '../format-time'
import { actionStatuses } from '../labels'
import { progressOf, TEXT_FIELDS, useFollowUpDraft, type DraftValues, type SaveState } from '../use-follow-up-draft'
import { ProgressField } from './ProgressField'

const ids = {
  status: 'follow-up-status',
  progress: 'follow-up-progress',
  narrative: 'follow-up-narrative',
  results: 'follow-up-results',
  obstacles: 'follow-up-obstacles',
} as const

type Props = {
  action: PlanAction
  periodId: number
  followUp: FollowUp | null
  onSubmitted: () => void
}

/**
 * The coordinator's follow-up of an action for a period, saved as a draft while they write (use-follow-up-draft.ts)
 * and then submitted. Refuses to send while a text holds a personnummer; the API's refusals land by their fields.
 */
export function FollowUpForm({ action, periodId, followUp, onSubmitted }: Props) {
  const { t } = useTranslation('followUps')
  const { t: tApp } = useTranslation()
  const draft = useFollowUpDraft({ actionId: action.id, periodId, initial: followUp, actionStatus: action.status })
  const { values } = draft
  const [errors, setErrors] = useState<FormErrors | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [loadFailed, setLoadFailed] = useState(false)

  const fail = (found: FormErrors) => {
    setErrors(found)
    setAttempt((n) => n + 1)
  }

  const change = <K extends keyof DraftValues>(key: K, value: DraftValues[K]) => {
    draft.change(key, value)
    // the message by the field was about the old text; the summary stays until the next attempt
    if (errors?.fields[ids[key]]) setErrors({ ...errors, fields: Object.fromEntries(Object.entries(errors.fields).filter(([id]) => id !== ids[key])) })
  }
  const saveOnBlur = () => void draft.save()

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (draft.submitting) return
    const found = formErrors([
      [ids.progress, progressOf(values.progress) === null ? t('form.progressInvalid') : undefined],
      ...TEXT_FIELDS.map((field): [string, string | undefined] => [ids[field], hasPersonnummer(values[field]) ? t('form.personnummer', { field: t(`form.${field}`) }) : undefined]),
    ])
    if (found) return fail(found)
    setErrors(null)
    const result = await draft.submit()
    if (result.ok) return onSubmitted()
    if (result.error)
      fail(
        formErrorsFromApi(result.error, {
          fieldIds: { status: ids.status, progress: ids.progress, narrative: ids.narrative, results: ids.results, obstacles: ids.obstacles },
          networkError: tApp('state.networkError'),
          unexplained: tApp('state.sendFailed'),
        }),
      )
  }

  const loadTheirs = async () => {
    try {
      await draft.loadTheirs()
      setLoadFailed(false)
      setErrors(null)
      document.getElementById(ids.status)?.focus()
    } catch {
      setLoadFailed(true)
    }
  }

  const returned = followUp?.state === 'returned'
  return (
    <section className="follow-up-form" aria-labelledby="follow-up-form-heading">
      <h2 id="follow-up-form-heading">{returned ? t('form.headingReturned') : t('form.heading')}</h2>
      {errors && <ErrorSummary key={attempt} title={tApp('form.errorSummaryTitle')} items={errors.summary} />}
      {draft.saveState.kind === 'conflict' && (
        <ErrorState
          title={t('save.conflictTitle')}
          message={loadFailed ? t('save.loadFailed') : t('save.conflict')}
          action={{ label: t('save.loadTheirs'), onClick: () => void loadTheirs() }}
        />
      )}
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <UnsavedChangesGuard dirty={draft.dirty} />
        <p className="field-hint">{t('form.intro')}</p>
        <Select
          id={ids.status}
          label={t('form.status')}
          hint={t('form.statusHint')}
          options={actionStatuses.map((status) => ({ value: status, label: t(`actionStatus.${status}`) }))}
          value={values.status}
          onChange={(event) => change('status', event.target.value as ActionStatus)}
          onBlur={saveOnBlur}
          error={errors?.fields[ids.status]}
        />
        <ProgressField
          id={ids.progress}
          label={t('form.progress')}
          hint={t('form.progressHint')}
          value={values.progress}
          onChange={(event) => change('progress', event.target.value)}
          onBlur={saveOnBlur}
          error={errors?.fields[ids.progress] ?? (draft.blocked === 'progress' ? { message: t('form.progressInvalid') } : undefined)}
        />
        {TEXT_FIELDS.map((field) => (
          <TextArea
            key={field}
            id={ids[field]}
            label={t(`form.${field}`)}
            hint={t(`form.${field}Hint`)}
            lang={CONTENT_LANGUAGE}
            value={values[field]}
            onChange={(event) => change(field, event.target.value)}
            onBlur={saveOnBlur}
            error={errors?.fields[ids[field]]}
          />
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
  )
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
          {detail ? <span lang={CONTENT_LANGUAGE}>{detail} </span> : error instanceof ApiError && error.isNetworkError ? `${t('save.offline')} ` : ''}
          {t('save.failedKept')}
        </>
      }
      action={{ label: t('save.retry'), onClick: onRetry }}
    />
  )
}
