// OPK staff's texts of a draft report (title, summary, an analysis per goal) in a react-hook-form form checked by the
// contract's ReportUpdate (lib/form.ts), saved explicitly with the version they started from. A 409 means someone else
// saved the report meanwhile: nothing is overwritten, the form says so and offers the stored version. Figures
// recomputed meanwhile (a new version, the same texts) do not count as a conflict.
import { useQueryClient } from '@tanstack/react-query'
import type { ReportDetail, ReportUpdate as ReportUpdateBody } from '@uppfoljning/contract'
import { ReportUpdate } from '@uppfoljning/contract/reports'
import { useEffect, useEffectEvent, useState } from 'react'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ApiError } from '@/lib/api-client'
import { useZodForm } from '@/lib/form'
import { getReportQueryOptions } from './api/get-report'
import { useUpdateReport } from './api/update-report'
import { goalRows } from './components/GoalOverview'

export type ReportTexts = { title: string; summary: string; analyses: Record<string, string> }

export const textsOf = (report: Pick<ReportDetail, 'title' | 'summary' | 'analyses'>): ReportTexts => ({
  title: report.title,
  summary: report.summary,
  analyses: { ...report.analyses },
})

const analysisOf = (texts: ReportTexts, goalId: string) => texts.analyses[goalId] ?? ''

/** What differs between `base` and `now` as the body of a PATCH (without the version); null when nothing does. */
export function changedTexts(base: ReportTexts, now: ReportTexts): Omit<ReportUpdateBody, 'version'> | null {
  const changes: Omit<ReportUpdateBody, 'version'> = {}
  if (now.title !== base.title) changes.title = now.title
  if (now.summary !== base.summary) changes.summary = now.summary
  const goalIds = new Set([...Object.keys(base.analyses), ...Object.keys(now.analyses)])
  const analyses = Object.fromEntries(
    [...goalIds].filter((id) => analysisOf(now, id) !== analysisOf(base, id)).map((id) => [id, analysisOf(now, id)]),
  )
  if (Object.keys(analyses).length > 0) changes.analyses = analyses
  return Object.keys(changes).length > 0 ? changes : null
}

export const sameTexts = (a: ReportTexts, b: ReportTexts) => changedTexts(a, b) === null

/**
 * The form after a save: each text the user left alone while it was saved becomes the stored one (the API trims a
 * title); one they went on typing in keeps what they typed.
 */
export function afterSave(current: ReportTexts, sent: ReportTexts, stored: ReportTexts): ReportTexts {
  const pick = (now: string, before: string, saved: string) => (now === before ? saved : now)
  const goalIds = new Set([...Object.keys(current.analyses), ...Object.keys(stored.analyses)])
  return {
    title: pick(current.title, sent.title, stored.title),
    summary: pick(current.summary, sent.summary, stored.summary),
    analyses: Object.fromEntries(
      [...goalIds].map((id) => [id, pick(analysisOf(current, id), analysisOf(sent, id), analysisOf(stored, id))]),
    ),
  }
}

export type SaveResult = { ok: true } | { ok: false; error?: unknown }

/** The texts as the contract checks them (ReportUpdate without its version). */
const schema = ReportUpdate.pick({ title: true, summary: true, analyses: true })

/** The form's values: the stored texts with a field for every goal of the report (empty where none is written). */
const formTexts = (report: ReportDetail, texts: ReportTexts): ReportTexts => ({
  ...texts,
  analyses: { ...Object.fromEntries(goalRows(report.snapshot).map((goal) => [String(goal.goalId), ''])), ...texts.analyses },
})

export function useReportTexts(report: ReportDetail) {
  const { t } = useTranslation('reports')
  const queryClient = useQueryClient()
  const update = useUpdateReport(report.id)
  const labelOf = (field: string) => {
    const goal = goalRows(report.snapshot).find((g) => field === `analyses.${g.goalId}`)
    return goal ? t('edit.analysisLabel', { code: goal.code, title: goal.title }) : t(field === 'title' ? 'edit.title' : 'edit.summary')
  }
  const form = useZodForm(schema, {
    defaultValues: formTexts(report, textsOf(report)),
    missing: { title: t('edit.titleMissing') },
    personnummer: (field) => t('edit.personnummer', { field: labelOf(field) }),
  })
  const values = useWatch({ control: form.control }) as ReportTexts
  // the stored texts the form started from, and their version
  const [base, setBase] = useState(() => ({ version: report.version, texts: textsOf(report) }))
  const [conflict, setConflict] = useState(false)
  const dirty = !sameTexts(base.texts, values)
  const show = (texts: ReportTexts) => form.reset(formTexts(report, texts))

  // Follow the stored report: a new version with the same texts (figures recomputed) is adopted; new texts replace
  // an untouched form; over unsaved changes they wait, and the next save is refused as stale (409).
  const follow = useEffectEvent((stored: ReportDetail) => {
    if (stored.version === base.version) return
    const texts = textsOf(stored)
    if (sameTexts(texts, base.texts)) setBase({ version: stored.version, texts: base.texts })
    else if (!dirty) {
      setBase({ version: stored.version, texts })
      show(texts)
    }
  })
  useEffect(() => follow(report), [report])

  /** Saves what differs from the stored texts (the form has checked them); `sent` is the form's values as typed. */
  const save = async (sent: ReportTexts): Promise<SaveResult> => {
    const changes = changedTexts(base.texts, sent)
    if (!changes) return { ok: true }
    try {
      const saved = await update.mutateAsync({ version: base.version, ...changes })
      const stored = textsOf(saved)
      setBase({ version: saved.version, texts: stored })
      show(afterSave(form.getValues() as ReportTexts, sent, stored))
      return { ok: true }
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setConflict(true)
        return { ok: false }
      }
      return { ok: false, error }
    }
  }

  /** After a conflict: the stored report replaces the form (the user was told their changes would go). */
  const loadStored = async () => {
    const stored = await queryClient.fetchQuery({ ...getReportQueryOptions(report.id), staleTime: 0 })
    setBase({ version: stored.version, texts: textsOf(stored) })
    show(textsOf(stored))
    setConflict(false)
  }

  return { form, dirty, save, saving: update.isPending, conflict, loadStored }
}

export type ReportTextsEditor = ReturnType<typeof useReportTexts>
