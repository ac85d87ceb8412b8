// What every admin form that edits one stored row (or creates one) keeps: the row as last loaded (its version
// goes with an update), the values being edited, the reload after a 409 version-conflict, and what a refused
// write shows.
import { useState } from 'react'
import type { FormHost } from '../components/shared/section-state'
import { apiFormErrors, handleWriteError } from './api-errors'
import { useSendFailureSentences } from './checks'
import { useEditor } from './use-editor'
import { useReload } from './use-reload'

type Options<Row, V> = {
  /** the row opened for editing; null: a new one */
  row: Row
  /** the values the form starts from */
  initial: V
  /** the form's values for a stored row (after a reload) */
  valuesOf: (row: NonNullable<Row>) => V
  /** GET the row as now stored */
  load: (id: number) => Promise<NonNullable<Row>>
  /** the API's field names → the form's field ids, for the API's messages */
  fieldIds: Record<string, string>
  section: FormHost
}

export function useRowEditor<Row extends { id: number } | null, V extends object>({ row: opened, initial, valuesOf, load, fieldIds, section }: Options<Row, V>) {
  const sentences = useSendFailureSentences()
  const [row, setRow] = useState<Row>(opened)
  const editor = useEditor(initial)
  const reload = useReload(
    () => load(row!.id),
    (fresh) => {
      setRow(fresh)
      editor.reset(valuesOf(fresh))
    },
    (error) => editor.fail(apiFormErrors(error, fieldIds, sentences)),
  )
  return {
    row,
    editor,
    values: editor.values,
    /** EditorForm's props for all of this */
    frame: { editor, section, onReload: reload.reload, reloading: reload.reloading },
    /** the callbacks of a save: close the form announcing `saved`, or show what the API refused beside the fields */
    settle: (saved: string) => ({ onSuccess: () => section.close(saved), onError: (error: unknown) => handleWriteError(error, editor, fieldIds, sentences) }),
  }
}
