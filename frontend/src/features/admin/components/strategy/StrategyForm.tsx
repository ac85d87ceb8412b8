import type { Strategy, StrategyStatus } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formErrors } from '@/lib/form-errors'
import { getStrategy } from '../../api/get-strategy'
import { useUpdateStrategy } from '../../api/save-strategy'
import { useChecks } from '../../form/checks'
import { useOptions } from '../../form/options'
import { parseYear } from '../../form/parse'
import { useRowEditor } from '../../form/use-row-editor'
import { EditorForm } from '../shared/EditorForm'
import { Choice, TextBox, TextInput } from '../shared/fields'
import type { FormHost } from '../shared/section-state'

const ID = { name: 'strategy-name', startYear: 'strategy-start', endYear: 'strategy-end', overallGoal: 'strategy-overall-goal', status: 'strategy-status' }

const valuesOf = (s: Strategy) => ({ name: s.name, startYear: String(s.startYear), endYear: String(s.endYear), overallGoal: s.overallGoal, status: s.status as string })

/** The strategy in force: name, years, overall goal and status. */
export function StrategyForm({ strategy, section }: { strategy: Strategy; section: FormHost }) {
  const { t } = useTranslation('admin')
  const options = useOptions()
  const checks = useChecks()
  const form = useRowEditor({ row: strategy, initial: valuesOf(strategy), valuesOf, load: getStrategy, fieldIds: ID, section })
  const { row, editor, values: v } = form
  const save = useUpdateStrategy()

  const submit = () => {
    const found = formErrors([
      [ID.name, checks.required(v.name, 200, t('strategy.nameMissing'))],
      [ID.startYear, checks.requiredYear(v.startYear, t('strategy.startMissing'))],
      [ID.endYear, checks.requiredYear(v.endYear, t('strategy.endMissing')) ?? checks.yearOrder(v.startYear, v.endYear, t('strategy.endBeforeStart'))],
      [ID.overallGoal, checks.text(v.overallGoal, 2_000)],
    ])
    if (found) return editor.fail(found)
    save.mutate(
      { id: row.id, version: row.version, name: v.name.trim(), startYear: parseYear(v.startYear)!, endYear: parseYear(v.endYear)!, overallGoal: v.overallGoal, status: v.status as StrategyStatus },
      form.settle(t('strategy.saved')),
    )
  }

  return (
    <EditorForm title={t('strategy.editTitle')} level={3} {...form.frame} saving={save.isPending} submitLabel={t('form.save')} onSubmit={submit}>
      <TextInput id={ID.name} label={t('strategy.name')} value={v.name} onValue={(x) => editor.set('name', x)} error={editor.errors?.fields[ID.name]} />
      <div className="admin-row">
        <TextInput id={ID.startYear} label={t('strategy.startYear')} inputMode="numeric" className="field-input field-input-short" value={v.startYear} onValue={(x) => editor.set('startYear', x)} error={editor.errors?.fields[ID.startYear]} />
        <TextInput id={ID.endYear} label={t('strategy.endYear')} inputMode="numeric" className="field-input field-input-short" value={v.endYear} onValue={(x) => editor.set('endYear', x)} error={editor.errors?.fields[ID.endYear]} />
      </div>
      <TextBox id={ID.overallGoal} label={t('strategy.overallGoal')} rows={3} value={v.overallGoal} onValue={(x) => editor.set('overallGoal', x)} error={editor.errors?.fields[ID.overallGoal]} />
      <Choice id={ID.status} label={t('strategy.status')} hint={t('strategy.statusHint')} options={options.strategyStatuses} value={v.status} onValue={(x) => editor.set('status', x)} error={editor.errors?.fields[ID.status]} />
    </EditorForm>
  )
}
