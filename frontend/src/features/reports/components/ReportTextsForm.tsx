import type { GoalProgress, ReportDetail, SubGoalProgress } from '@uppfoljning/contract'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@/components/ui/ErrorState'
import { ErrorSummary } from '@/components/ui/ErrorSummary'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { hasPersonnummer, TextArea } from '@/components/ui/TextArea'
import { TextField } from '@/components/ui/TextField'
import { UnsavedChangesGuard } from '@/components/ui/UnsavedChangesGuard'
import { formErrors, formErrorsFromApi, type FormErrors } from '@/lib/form-errors'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { formatTime } from '../report-format'
import type { ReportTextsEditor } from '../use-report-texts'
import { goalRows } from './GoalOverview'
import { ReportBody } from './ReportBody'

const TITLE_MAX = 200
const ANALYSIS_MAX = 5_000
const SUMMARY_MAX = 20_000

export const fieldIds = {
  title: 'report-title',
  summary: 'report-summary-text',
  analysis: (goalId: number | string) => `report-analysis-${goalId}`,
}

type Props = {
  report: ReportDetail
  editor: ReportTextsEditor
  reportHref: (reportId: number) => string
}

/**
 * The draft as OPK staff write it: the report as it will read, with fields for the title, the summary and each goal's
 * analysis in their places, saved together with the version they started from. Nothing is sent while a text holds a
 * personnummer; the API's refusals land beside their fields; a 409 says someone else saved and offers their version.
 */
export function ReportTextsForm({ report, editor, reportHref }: Props) {
  const { t } = useTranslation('reports')
  const { t: tApp } = useTranslation()
  const { locale } = useLanguage()
  const { values } = editor
  const [errors, setErrors] = useState<FormErrors | null>(null)
  const [attempt, setAttempt] = useState(0)
  // what the last press of Spara came to
  const [notice, setNotice] = useState('')
  const [loadFailed, setLoadFailed] = useState(false)
  const goals = goalRows(report.snapshot)
  const goalLabel = (goal: GoalProgress | SubGoalProgress) => t('edit.analysisLabel', { code: goal.code, title: goal.title })

  const fail = (found: FormErrors) => {
    setErrors(found)
    setAttempt((n) => n + 1)
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (editor.saving) return
    const title = values.title.trim()
    const found = formErrors([
      [fieldIds.title, title === '' ? t('edit.titleMissing') : title.length > TITLE_MAX ? t('edit.tooLong', { max: TITLE_MAX }) : hasPersonnummer(values.title) ? t('edit.personnummer', { field: t('edit.title') }) : undefined],
      [fieldIds.summary, values.summary.length > SUMMARY_MAX ? t('edit.tooLong', { max: SUMMARY_MAX }) : hasPersonnummer(values.summary) ? t('edit.personnummer', { field: t('edit.summary') }) : undefined],
      ...goals.map((goal): [string, string | undefined] => {
        const text = values.analyses[String(goal.goalId)] ?? ''
        return [fieldIds.analysis(goal.goalId), text.length > ANALYSIS_MAX ? t('edit.tooLong', { max: ANALYSIS_MAX }) : hasPersonnummer(text) ? t('edit.personnummer', { field: goalLabel(goal) }) : undefined]
      }),
    ])
    if (found) return fail(found)
    setErrors(null)
    if (!editor.dirty) return setNotice(t('edit.nothingToSave'))
    setNotice('')
    const result = await editor.save()
    if (result.ok) return setNotice(t('edit.saved', { time: formatTime(new Date(), locale) }))
    if (result.error)
      fail(
        formErrorsFromApi(result.error, {
          fieldIds: { title: fieldIds.title, summary: fieldIds.summary, ...Object.fromEntries(goals.map((g) => [`analyses.${g.goalId}`, fieldIds.analysis(g.goalId)])) },
          networkError: tApp('state.networkError'),
          unexplained: tApp('state.sendFailed'),
        }),
      )
  }

  const loadStored = async () => {
    try {
      await editor.loadStored()
      setLoadFailed(false)
      setErrors(null)
      document.getElementById(fieldIds.title)?.focus()
    } catch {
      setLoadFailed(true)
    }
  }

  const clearFieldError = (fieldId: string) => {
    if (errors?.fields[fieldId]) setErrors({ ...errors, fields: Object.fromEntries(Object.entries(errors.fields).filter(([id]) => id !== fieldId)) })
  }

  return (
    <form className="report-form" noValidate onSubmit={(event) => void submit(event)} aria-label={t('edit.formLabel')}>
      <UnsavedChangesGuard dirty={editor.dirty} />
      {errors && <ErrorSummary key={attempt} title={tApp('form.errorSummaryTitle')} items={errors.summary} />}
      {editor.conflict && (
        <ErrorState
          title={t('edit.conflictTitle')}
          message={loadFailed ? tApp('state.loadFailed') : t('edit.conflict')}
          action={{ label: t('edit.loadStored'), onClick: () => void loadStored() }}
        />
      )}
      <p className="field-hint">{t('edit.intro')}</p>
      <TextField
        id={fieldIds.title}
        label={t('edit.title')}
        lang={CONTENT_LANGUAGE}
        value={values.title}
        autoComplete="off"
        onChange={(event) => {
          editor.change({ title: event.target.value })
          clearFieldError(fieldIds.title)
        }}
        error={errors?.fields[fieldIds.title]}
        errorPrefix={tApp('form.errorPrefix')}
      />
      <ReportBody
        report={report}
        reportHref={reportHref}
        summary={
          <TextArea
            id={fieldIds.summary}
            label={t('edit.summary')}
            hint={t('edit.summaryHint')}
            lang={CONTENT_LANGUAGE}
            rows={8}
            value={values.summary}
            onChange={(event) => {
              editor.change({ summary: event.target.value })
              clearFieldError(fieldIds.summary)
            }}
            error={errors?.fields[fieldIds.summary]}
          />
        }
        analysis={(goal) => (
          <TextArea
            id={fieldIds.analysis(goal.goalId)}
            label={goalLabel(goal)}
            lang={CONTENT_LANGUAGE}
            value={values.analyses[String(goal.goalId)] ?? ''}
            onChange={(event) => {
              editor.change({ analysis: [String(goal.goalId), event.target.value] })
              clearFieldError(fieldIds.analysis(goal.goalId))
            }}
            error={errors?.fields[fieldIds.analysis(goal.goalId)]}
          />
        )}
      />
      <div className="report-save-bar">
        <StatusMessage>{editor.saving ? t('edit.saving') : editor.dirty ? t('edit.unsaved') : notice}</StatusMessage>
        <button type="submit" className="button" aria-disabled={editor.saving || undefined}>
          {editor.saving ? t('edit.saving') : t('edit.save')}
        </button>
      </div>
    </form>
  )
}
