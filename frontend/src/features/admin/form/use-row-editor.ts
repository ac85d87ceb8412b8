// What every admin form that edits one stored row (or creates one) keeps: the react-hook-form form checked by the
// contract's schema (lib/form.ts), the row as last loaded (its version goes with an update), the reload after a 409
// version-conflict, and what a refused write shows (lib/form-errors.ts).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useZodForm } from '@/lib/form'
import { isVersionConflict, setApiErrors } from '@/lib/form-errors'
import type { FormHost } from '../components/shared/section-state'
import { useReload } from './use-reload'

type Options<Row, S extends z.ZodType> = {
  /** the row opened for editing; null: a new one */
  row: Row
  /** the form's schema: the contract's create schema, picked and extended where the inputs differ */
  schema: S
  /** the form's values for a stored row (also after a reload), or for a new one (null) */
  valuesOf: (row: Row) => z.input<S>
  /** GET the row as now stored */
  load: (id: number) => Promise<NonNullable<Row>>
  /** what to say when a field is left empty, and when what is written there is refused (lib/form.ts) */
  missing?: Record<string, string>
  invalid?: Record<string, string>
  /** the API's field names that are not the form's (an indicator's `goalId` is its `owner`) */
  fields?: Record<string, string>
  section: FormHost
}

export function useRowEditor<Row extends { id: number } | null, S extends z.ZodType>({
  row: opened,
  schema,
  valuesOf,
  load,
  missing,
  invalid,
  fields,
  section,
}: Options<Row, S>) {
  const { t } = useTranslation('admin')
  const { t: tApp } = useTranslation()
  const sentences = { networkError: tApp('state.networkError'), unexplained: tApp('state.sendFailed'), fields }
  const [row, setRow] = useState<Row>(opened)
  const form = useZodForm(schema, { defaultValues: valuesOf(opened), missing, invalid, personnummer: () => t('form.personnummer') })
  // the API answered 409 version-conflict: someone else saved first (a new notice per answer)
  const [conflict, setConflict] = useState<{ detail: string; attempt: number } | null>(null)
  const reload = useReload(
    () => load(row!.id),
    (fresh) => {
      setRow(fresh)
      setConflict(null)
      form.reset(valuesOf(fresh) as never)
    },
    (error) => setApiErrors(form, error, sentences),
  )
  return {
    row,
    form,
    conflict,
    onReload: reload.reload,
    reloading: reload.reloading,
    section,
    /** the callbacks of a save: close the form announcing `saved`, or show what the API refused beside the fields */
    settle: (saved: string) => ({
      onSuccess: () => section.close(saved),
      onError: (error: unknown) => {
        if (isVersionConflict(error)) setConflict((before) => ({ detail: error.detail, attempt: (before?.attempt ?? 0) + 1 }))
        else {
          setConflict(null)
          setApiErrors(form, error, sentences)
        }
      },
    }),
  }
}
