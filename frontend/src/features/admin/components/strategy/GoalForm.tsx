import type { Goal, NationalGoal } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formErrors } from '@/lib/form-errors'
import { getGoal } from '../../api/get-goals'
import { useCreateGoal, useUpdateGoal } from '../../api/save-goal'
import { useChecks } from '../../form/checks'
import { useOptions } from '../../form/options'
import { useRowEditor } from '../../form/use-row-editor'
import { EditorForm } from '../shared/EditorForm'
import { Choice, TextBox, TextInput } from '../shared/fields'
import type { FormHost } from '../shared/section-state'
import { byOrder, nextSortOrder } from './editing'

const ID = { code: 'goal-code', title: 'goal-title', parentId: 'goal-parent', nationalGoal: 'goal-national-goal', description: 'goal-description', preconditions: 'goal-preconditions' }

const valuesOf = (goal: Goal | null) => ({
  code: goal?.code ?? '',
  title: goal?.title ?? '',
  parentId: goal?.parentId ? String(goal.parentId) : '',
  nationalGoal: (goal?.nationalGoal ?? '') as string,
  description: goal?.description ?? '',
  preconditions: goal?.preconditions ?? '',
})

type Props = {
  strategyId: number
  /** the strategy's goals: the parent choices, and where a new goal goes */
  goals: Goal[]
  /** null: a new goal */
  goal: Goal | null
  section: FormHost
}

/** A goal or sub-goal (delmål): code, title, parent, national goal, description and preconditions. */
export function GoalForm({ strategyId, goals, goal, section }: Props) {
  const { t } = useTranslation('admin')
  const options = useOptions()
  const checks = useChecks()
  const form = useRowEditor({ row: goal, initial: valuesOf(goal), valuesOf, load: getGoal, fieldIds: ID, section })
  const { row, editor, values: v } = form
  const create = useCreateGoal()
  const update = useUpdateGoal()

  // a sub-goal hangs under a main goal of the same strategy (not under itself)
  const parents = goals.filter((g) => g.parentId === null && g.archivedAt === null && g.id !== row?.id).sort(byOrder)
  const parentOptions = [{ value: '', label: t('goals.noParent') }, ...parents.map((g) => ({ value: String(g.id), label: `${g.code} ${g.title}` }))]
  const nationalOptions = [{ value: '', label: t('goals.noNationalGoal') }, ...options.nationalGoals]

  const submit = () => {
    const found = formErrors([
      [ID.code, checks.required(v.code, 20, t('goals.codeMissing'))],
      [ID.title, checks.required(v.title, 300, t('goals.titleMissing'))],
      [ID.description, checks.text(v.description, 20_000)],
      [ID.preconditions, checks.text(v.preconditions, 20_000)],
    ])
    if (found) return editor.fail(found)
    const fields = {
      code: v.code.trim(),
      title: v.title.trim(),
      parentId: v.parentId ? Number(v.parentId) : null,
      nationalGoal: (v.nationalGoal || null) as NationalGoal | null,
      description: v.description,
      preconditions: v.preconditions,
    }
    const done = form.settle(t('goals.saved', { code: fields.code }))
    if (row) update.mutate({ id: row.id, version: row.version, ...fields }, done)
    else {
      const siblings = goals.filter((g) => g.parentId === fields.parentId)
      create.mutate({ strategyId, ...fields, sortOrder: nextSortOrder(siblings) }, done)
    }
  }

  return (
    <EditorForm
      title={row ? t('goals.editTitle', { code: row.code }) : t('goals.newTitle')}
      level={4}
      {...form.frame}
      saving={create.isPending || update.isPending}
      submitLabel={row ? t('form.save') : t('goals.create')}
      onSubmit={submit}
    >
      <TextInput id={ID.code} label={t('goals.code')} hint={t('goals.codeHint')} className="field-input field-input-short" value={v.code} onValue={(x) => editor.set('code', x)} error={editor.errors?.fields[ID.code]} />
      <TextInput id={ID.title} label={t('goals.title')} value={v.title} onValue={(x) => editor.set('title', x)} error={editor.errors?.fields[ID.title]} />
      <Choice id={ID.parentId} label={t('goals.parent')} hint={t('goals.parentHint')} options={parentOptions} value={v.parentId} onValue={(x) => editor.set('parentId', x)} error={editor.errors?.fields[ID.parentId]} />
      <Choice id={ID.nationalGoal} label={t('goals.nationalGoal')} options={nationalOptions} value={v.nationalGoal} onValue={(x) => editor.set('nationalGoal', x)} error={editor.errors?.fields[ID.nationalGoal]} />
      <TextBox id={ID.description} label={t('goals.description')} value={v.description} onValue={(x) => editor.set('description', x)} error={editor.errors?.fields[ID.description]} />
      <TextBox id={ID.preconditions} label={t('goals.preconditions')} hint={t('goals.preconditionsHint')} value={v.preconditions} onValue={(x) => editor.set('preconditions', x)} error={editor.errors?.fields[ID.preconditions]} />
    </EditorForm>
  )
}
