// The state of one admin form: the values, whether they differ from what was loaded (for the
// unsaved-changes guard), the errors of the last failed submit and whether it failed on a stale version.
import { useState } from 'react'
import type { FormErrors } from '@/lib/form-errors'

export type Editor<V extends object> = ReturnType<typeof useEditor<V>>

export function useEditor<V extends object>(initial: V) {
  const [loaded, setLoaded] = useState(initial)
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<FormErrors | null>(null)
  // a new error summary per failed attempt, so that a repeated failure is announced and focused again
  const [attempt, setAttempt] = useState(0)
  // the API answered 409 version-conflict: someone else saved first
  const [conflict, setConflict] = useState<string | null>(null)

  return {
    values,
    errors,
    attempt,
    conflict,
    dirty: JSON.stringify(values) !== JSON.stringify(loaded),
    set<K extends keyof V>(key: K, value: V[K]) {
      setValues((current) => ({ ...current, [key]: value }))
    },
    fail(found: FormErrors) {
      setErrors(found)
      setConflict(null)
      setAttempt((n) => n + 1)
    },
    failOnConflict(detail: string) {
      setErrors(null)
      setConflict(detail)
      setAttempt((n) => n + 1)
    },
    /** Starts over from `next` (the row as now stored): the user's changes are dropped. */
    reset(next: V) {
      setLoaded(next)
      setValues(next)
      setErrors(null)
      setConflict(null)
    },
  }
}
