import type { Goal } from '@uppfoljning/contract'
import { GoalCreate } from '@uppfoljning/contract/goals'
import { useTranslation } from 'react-i18next'
import { FormSelect, FormTextArea, FormTextField } from '@/components/ui/FormFields'
import { emptyAsNull, formValues } from '@/lib/form'
import { getGoal } from '../../api/get-goals'
import { useCreateGoal, useUpdateGoal } from '../../api/save-goal'
import { useOptions } from '../../form/options'
import { useRowEditor } from '../../form/use-row-editor'
import { EditorForm } from '../shared/EditorForm'
import type { FormHost } from '../shared/section-state'
import { byOrder, nextSortOrder } from './editing'

const fields = GoalCreate.shape
/** The contract's goal fields this form edits; a choice left at "none" is null. */
const schema = GoalCreate.pick({ code: true, title: true, description: true, preconditions: true }).extend({
  parentId: emptyAsNull(fields.parentId),
  nationalGoal: emptyAsNull(fields.nationalGoal),
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
  const editor = useRowEditor({
    row: goal,
    schema,
    valuesOf: (row) => formValues(schema, row),
    load: getGoal,
    missing: { code: t('goals.codeMissing'), title: t('goals.titleMissing') },
    section,
  })
  const { row } = editor
  const create = useCreateGoal()
  const update = useUpdateGoal()

  // a sub-goal hangs under a main goal of the same strategy (not under itself)
  const parents = goals.filter((g) => g.parentId === null && g.archivedAt === null && g.id !== row?.id).sort(byOrder)
  const parentOptions = [
    { value: '', label: t('goals.noParent') },
    ...parents.map((g) => ({ value: String(g.id), label: `${g.code} ${g.title}` })),
  ]
  const nationalOptions = [{ value: '', label: t('goals.noNationalGoal') }, ...options.nationalGoals]

  const submit = (body: typeof schema._output) => {
    const done = editor.settle(t('goals.saved', { code: body.code }))
    if (row) update.mutate({ id: row.id, version: row.version, ...body }, done)
    else create.mutate({ strategyId, ...body, sortOrder: nextSortOrder(goals.filter((g) => g.parentId === body.parentId)) }, done)
  }

  return (
    <EditorForm
      title={row ? t('goals.editTitle', { code: row.code }) : t('goals.newTitle')}
      level={4}
      editor={editor}
      idPrefix="goal"
      saving={create.isPending || update.isPending}
      submitLabel={row ? t('form.save') : t('goals.create')}
      onSubmit={submit}
    >
      <FormTextField name="code" label={t('goals.code')} hint={t('goals.codeHint')} className="field-input field-input-short" />
      <FormTextField name="title" label={t('goals.title')} />
      <FormSelect name="parentId" label={t('goals.parent')} hint={t('goals.parentHint')} options={parentOptions} />
      <FormSelect name="nationalGoal" label={t('goals.nationalGoal')} options={nationalOptions} />
      <FormTextArea name="description" label={t('goals.description')} />
      <FormTextArea name="preconditions" label={t('goals.preconditions')} hint={t('goals.preconditionsHint')} />
    </EditorForm>
  )
}
