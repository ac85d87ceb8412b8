import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { FormErrorSummary } from '@/components/ui/ErrorSummary'
import { FormScope } from '@/components/ui/FormFields'
import { UnsavedChangesGuard } from '@/components/ui/UnsavedChangesGuard'
import type { ZodForm } from '@/lib/form'
import { ConflictNotice } from './ConflictNotice'
import type { FormHost } from './section-state'

type Props<S extends z.ZodType> = {
  title: string
  /** the heading level that fits where the form opens */
  level: 3 | 4 | 5
  /** useRowEditor's form, conflict and reload */
  editor: {
    form: ZodForm<S>
    conflict: { detail: string; attempt: number } | null
    onReload: () => void
    reloading: boolean
    section: FormHost
  }
  /** the fields' ids: `<idPrefix>-<field>` */
  idPrefix: string
  saving: boolean
  submitLabel: string
  /** the checked values, i.e. the body for the API */
  onSubmit: (body: z.output<S>) => void
  /** a notice above the fields (e.g. what saving will also do) */
  notice?: ReactNode
  children: ReactNode
}

/**
 * The frame of every admin form: a heading that takes the focus when the form opens, the error summary of
 * the last failed attempt, the conflict notice with its reload offer, the fields, Save and Cancel, and the
 * guard that asks before unsaved changes are left behind.
 */
export function EditorForm<S extends z.ZodType>({
  title,
  level,
  editor,
  idPrefix,
  saving,
  submitLabel,
  onSubmit,
  notice,
  children,
}: Props<S>) {
  const { t } = useTranslation('admin')
  const { form, conflict, section } = editor
  const heading = useRef<HTMLHeadingElement>(null)
  const headingId = useId()
  const Heading = `h${level}` as const
  const dirty = form.formState.isDirty

  useEffect(() => {
    heading.current?.focus()
  }, [])

  useEffect(() => {
    section.setDirty(dirty)
  }, [section, dirty])

  // after "load the latest" the notice (and its button, which had the focus) is gone: start again at the top
  const hadConflict = useRef(false)
  useEffect(() => {
    if (hadConflict.current && !conflict) heading.current?.focus()
    hadConflict.current = conflict !== null
  }, [conflict])

  const submit = form.handleSubmit(onSubmit)
  return (
    <FormScope form={form} idPrefix={idPrefix}>
      <section className="admin-editor" aria-labelledby={headingId}>
        <Heading ref={heading} id={headingId} tabIndex={-1} className="admin-editor-title">
          {title}
        </Heading>
        <FormErrorSummary />
        {conflict && (
          <ConflictNotice key={conflict.attempt} detail={conflict.detail} onReload={editor.onReload} reloading={editor.reloading} />
        )}
        {notice}
        <form
          className="form admin-form"
          noValidate
          onSubmit={(event) => {
            if (saving) event.preventDefault()
            else void submit(event)
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
        <UnsavedChangesGuard dirty={dirty} />
      </section>
    </FormScope>
  )
}
