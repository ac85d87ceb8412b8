// The follow-up form's draft, saved as the user writes: created on the first save, then patched with the version
// about 1.5 s after typing stops and when a field loses focus. Saves run one at a time, each sending what the form
// holds by then, so nothing typed meanwhile is lost or sent out of order. A failed save keeps the text and says so;
// a 409 (someone else saved, or created the follow-up, first) stops saving until the user loads their version.
// The values live in a react-hook-form form checked by the contract's FollowUpCreate (lib/form.ts) when submitted.
import { useQueryClient } from '@tanstack/react-query'
import type { ActionStatus, FollowUp } from '@uppfoljning/contract'
import { FollowUpCreate } from '@uppfoljning/contract/follow-ups'
import { PROGRESS_MAX, PROGRESS_MIN } from '@uppfoljning/contract/limits'
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { hasPersonnummer } from '@/components/ui/TextArea'
import { ApiError } from '@/lib/api-client'
import { decimalText, useZodForm } from '@/lib/form'
import { createFollowUp } from './api/create-follow-up'
import { getActionFollowUpQueryOptions, storeFollowUp } from './api/get-action-follow-up'
import { submitFollowUp } from './api/submit-follow-up'
import { updateFollowUp } from './api/update-follow-up'

/** How long after the last keystroke the draft is saved. */
export const SAVE_DELAY_MS = 1500

export type DraftValues = { status: ActionStatus; progress: string; narrative: string; results: string; obstacles: string }
export const TEXT_FIELDS = ['narrative', 'results', 'obstacles'] as const

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; error: unknown } | { kind: 'conflict' }

const valuesOf = (followUp: FollowUp | null, status: ActionStatus): DraftValues => ({
  status: followUp?.status ?? status,
  progress: String(followUp?.progress ?? 0),
  narrative: followUp?.narrative ?? '',
  results: followUp?.results ?? '',
  obstacles: followUp?.obstacles ?? '',
})

const same = (a: DraftValues, b: DraftValues) => (Object.keys(a) as (keyof DraftValues)[]).every((key) => a[key] === b[key])

const progress = FollowUpCreate.shape.progress

/** Whole percent within the contract's range (PROGRESS_MIN–PROGRESS_MAX), or null. */
export function progressOf(text: string): number | null {
  if (!/^\d+$/.test(text.trim())) return null
  const parsed = z.safeParse(progress, Number(text))
  return parsed.success ? parsed.data : null
}

/** The contract's follow-up fields, the progress typed as text. */
function useDraftSchema() {
  const { t } = useTranslation('followUps')
  return useMemo(
    () =>
      FollowUpCreate.pick({ status: true, narrative: true, results: true, obstacles: true }).extend({
        progress: decimalText(progress, t('form.progressInvalid', { min: PROGRESS_MIN, max: PROGRESS_MAX })),
      }),
    [t],
  )
}

/** Why the draft cannot be saved as it stands: a personnummer in a text (never stored), or a progress that is no percentage. */
export function blockedBy(values: DraftValues): 'personnummer' | 'progress' | null {
  if (TEXT_FIELDS.some((field) => hasPersonnummer(values[field]))) return 'personnummer'
  if (progressOf(values.progress) === null) return 'progress'
  return null
}

type Options = {
  actionId: number
  periodId: number
  /** the stored follow-up when the form opened, or null: the first save creates it */
  initial: FollowUp | null
  /** the status a new follow-up starts from: the action's own */
  actionStatus: ActionStatus
}

export function useFollowUpDraft({ actionId, periodId, initial, actionStatus }: Options) {
  const { t } = useTranslation('followUps')
  const queryClient = useQueryClient()
  const form = useZodForm(useDraftSchema(), {
    defaultValues: valuesOf(initial, actionStatus),
    missing: { progress: t('form.progressInvalid', { min: PROGRESS_MIN, max: PROGRESS_MAX }) },
    personnummer: (field) => t('form.personnummer', { field: t(`form.${field as (typeof TEXT_FIELDS)[number]}`) }),
  })
  const values = useWatch({ control: form.control }) as DraftValues
  // what the server holds (before the first save: the blank form, which is not worth creating a draft for)
  const [storedValues, setStoredValues] = useState(() => valuesOf(initial, actionStatus))
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' })
  const [submitting, setSubmitting] = useState(false)
  const record = useRef(initial)
  const stored = useRef(storedValues)
  const conflicted = useRef(false)
  const queue = useRef<Promise<boolean>>(Promise.resolve(true))

  /** One save of what the form holds now. `create`: also when nothing was typed (sending an untouched form). */
  const saveNow = async (create: boolean): Promise<boolean> => {
    const draft = { ...form.getValues() } as DraftValues
    if (conflicted.current) return false
    if (same(draft, stored.current) && (record.current || !create)) return true
    if (blockedBy(draft)) return false
    setSaveState({ kind: 'saving' })
    const body = {
      status: draft.status,
      progress: progressOf(draft.progress)!,
      narrative: draft.narrative,
      results: draft.results,
      obstacles: draft.obstacles,
    }
    try {
      const saved = record.current
        ? await updateFollowUp(record.current.id, { ...body, version: record.current.version })
        : await createFollowUp(actionId, { periodId, ...body })
      record.current = saved
      stored.current = draft
      setStoredValues(draft)
      storeFollowUp(queryClient, saved)
      setSaveState({ kind: 'saved', at: new Date() })
      return true
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        conflicted.current = true
        setSaveState({ kind: 'conflict' })
      } else {
        setSaveState({ kind: 'failed', error })
      }
      return false
    }
  }

  /** Queues a save after those under way; resolves true when the draft is stored as the form holds it. */
  const save = (create = false) => {
    queue.current = queue.current.then(() => saveNow(create))
    return queue.current
  }

  const dirty = !same(values, storedValues)

  // `save` reads the form and refs: only a change of the values restarts the wait
  const saveSoon = useEffectEvent(() => void save())

  // ~1.5 s after the last change
  useEffect(() => {
    if (!dirty) return
    const timer = setTimeout(saveSoon, SAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [values, dirty])

  // leaving the page mid-wait still saves what was typed
  useEffect(() => () => saveSoon(), [])

  /** Saves what is left (creating the draft if need be), then submits it. Resolves the error when that failed. */
  const submit = async (): Promise<{ ok: true } | { ok: false; error?: unknown }> => {
    setSubmitting(true)
    try {
      if (!(await save(true))) return { ok: false }
      try {
        const submitted = await submitFollowUp(record.current!.id, record.current!.version)
        record.current = submitted
        storeFollowUp(queryClient, submitted)
        return { ok: true }
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          conflicted.current = true
          setSaveState({ kind: 'conflict' })
          return { ok: false }
        }
        return { ok: false, error }
      }
    } finally {
      setSubmitting(false)
    }
  }

  /** After a conflict: the stored follow-up replaces the form (the user was told their text would go). */
  const loadTheirs = async () => {
    const theirs = await queryClient.fetchQuery({ ...getActionFollowUpQueryOptions(actionId, periodId), staleTime: 0 })
    const fresh = valuesOf(theirs, actionStatus)
    record.current = theirs
    stored.current = fresh
    conflicted.current = false
    form.reset(fresh)
    setStoredValues(fresh)
    setSaveState({ kind: 'idle' })
    return theirs
  }

  return {
    form,
    values,
    dirty,
    saveState,
    save,
    submit,
    submitting,
    loadTheirs,
    blocked: blockedBy(values),
    hasDraft: record.current !== null,
  }
}
