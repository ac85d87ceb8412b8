import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '@/components/ui/ErrorSummary'
import { UnsavedChangesGuard } from '@/components/ui/UnsavedChangesGuard'
import type { Editor } from '../../form/use-editor'
import { ConflictNotice } from './ConflictNotice'
import type { FormHost } from './section-state'

type Props = {
  title: string
  /** the heading level that fits where the form opens */
  level: 3 | 4 | 5
  editor: Pick<Editor<object>, 'errors' | 'attempt' | 'conflict' | 'dirty'>
  section: FormHost
  saving: boolean
  submitLabel: string
  onSubmit: () => void
  /** loads the row as now stored, after a 409 version-conflict */
  onReload?: () => void
  reloading?: boolean
  /** a notice above the fields (e.g. what saving will also do) */
  notice?: ReactNode
  children: ReactNode
}

/**
 * The frame of every admin form: a heading that takes the focus when the form opens, the error summary of
 * the last failed attempt, the conflict notice with its reload offer, the fields, Save and Cancel, and the
 * guard that asks before unsaved changes are left behind.
 */
export function EditorForm({ title, level, editor, section, saving, submitLabel, onSubmit, onReload, reloading = false, notice, children }: Props) {
  const { t } = useTranslation('admin')
  const { t: tApp } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  const headingId = useId()
  const Heading = `h${level}` as const

  useEffect(() => {
    heading.current?.focus()
  }, [])

  useEffect(() => {
    section.setDirty(editor.dirty)
  }, [section, editor.dirty])

  // after "load the latest" the notice (and its button, which had the focus) is gone: start again at the top
  const hadConflict = useRef(false)
  useEffect(() => {
    if (hadConflict.current && !editor.conflict && !editor.errors) heading.current?.focus()
    hadConflict.current = editor.conflict !== null
  }, [editor.conflict, editor.errors])

  return (
    <section className="admin-editor" aria-labelledby={headingId}>
      <Heading ref={heading} id={headingId} tabIndex={-1} className="admin-editor-title">
        {title}
      </Heading>
      {editor.errors && <ErrorSummary key={editor.attempt} title={tApp('form.errorSummaryTitle')} items={editor.errors.summary} />}
      {editor.conflict && onReload && <ConflictNotice key={editor.attempt} detail={editor.conflict} onReload={onReload} reloading={reloading} />}
      {notice}
      <form
        className="form admin-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!saving) onSubmit()
        }}
      >
        {children}
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={saving || undefined}>
            {saving ? t('form.saving') : submitLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={() => section.close()}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
      <UnsavedChangesGuard dirty={editor.dirty} />
    </section>
  )
}
