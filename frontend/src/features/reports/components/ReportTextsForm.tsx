import type { LinkOptions } from '@tanstack/react-router'
import type { GoalProgress, ReportDetail, SubGoalProgress } from '@uppfoljning/contract'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@/components/ui/ErrorState'
import { FormErrorSummary } from '@/components/ui/ErrorSummary'
import { FormScope, FormTextArea, FormTextField } from '@/components/ui/FormFields'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { UnsavedChangesGuard } from '@/components/ui/UnsavedChangesGuard'
import { setApiErrors } from '@/lib/form-errors'
import { formatTime } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import type { ReportTexts, ReportTextsEditor } from '../use-report-texts'
import { ReportBody } from './ReportBody'

/** The fields' ids: `report-title`, `report-summary-text`, `report-analyses-<goal id>`. */
const ids = { title: 'report-title', summary: 'report-summary-text' }

type Props = {
  report: ReportDetail
  editor: ReportTextsEditor
  reportLink: (reportId: number) => LinkOptions
}

/**
 * The draft as OPK staff write it: the report as it will read, with fields for the title, the summary and each goal's
 * analysis in their places, saved together with the version they started from. Nothing is sent while a text holds a
 * personnummer; the API's refusals land beside their fields; a 409 says someone else saved and offers their version.
 */
export function ReportTextsForm({ report, editor, reportLink }: Props) {
  const { t } = useTranslation('reports')
  const { t: tApp } = useTranslation()
  const { locale } = useLanguage()
  const { form } = editor
  // what the last press of Spara came to
  const [notice, setNotice] = useState('')
  const [loadFailed, setLoadFailed] = useState(false)
  const goalLabel = (goal: GoalProgress | SubGoalProgress) => t('edit.analysisLabel', { code: goal.code, title: goal.title })

  const submit = form.handleSubmit(async () => {
    if (!editor.dirty) return setNotice(t('edit.nothingToSave'))
    setNotice('')
    const result = await editor.save(form.getValues() as ReportTexts)
    if (result.ok) return setNotice(t('edit.saved', { time: formatTime(new Date(), locale) }))
    if (result.error) setApiErrors(form, result.error, { networkError: tApp('state.networkError'), unexplained: tApp('state.sendFailed') })
  })

  const loadStored = async () => {
    try {
      await editor.loadStored()
      setLoadFailed(false)
      document.getElementById(ids.title)?.focus()
    } catch {
      setLoadFailed(true)
    }
  }

  return (
    <FormScope form={form} idPrefix="report" ids={ids}>
      <form
        className="report-form"
        noValidate
        onSubmit={(event) => {
          if (editor.saving) event.preventDefault()
          else void submit(event)
        }}
        aria-label={t('edit.formLabel')}
      >
        <UnsavedChangesGuard dirty={editor.dirty} />
        <FormErrorSummary />
        {editor.conflict && (
          <ErrorState
            title={t('edit.conflictTitle')}
            message={loadFailed ? tApp('state.loadFailed') : t('edit.conflict')}
            action={{ label: t('edit.loadStored'), onClick: () => void loadStored() }}
          />
        )}
        <p className="field-hint">{t('edit.intro')}</p>
        <FormTextField name="title" label={t('edit.title')} lang={CONTENT_LANGUAGE} autoComplete="off" />
        <ReportBody
          report={report}
          reportLink={reportLink}
          summary={<FormTextArea name="summary" label={t('edit.summary')} hint={t('edit.summaryHint')} lang={CONTENT_LANGUAGE} rows={8} />}
          analysis={(goal) => <FormTextArea name={`analyses.${goal.goalId}`} label={goalLabel(goal)} lang={CONTENT_LANGUAGE} />}
        />
        <div className="report-save-bar">
          <StatusMessage>{editor.saving ? t('edit.saving') : editor.dirty ? t('edit.unsaved') : notice}</StatusMessage>
          <button type="submit" className="button" aria-disabled={editor.saving || undefined}>
            {editor.saving ? t('edit.saving') : t('edit.save')}
          </button>
        </div>
      </form>
    </FormScope>
  )
}
