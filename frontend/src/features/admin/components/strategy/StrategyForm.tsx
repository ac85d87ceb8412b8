import type { Strategy } from '@uppfoljning/contract'
import { YEAR_MAX, YEAR_MIN } from '@uppfoljning/contract/limits'
import { StrategyCreate } from '@uppfoljning/contract/strategies'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { FormSelect, FormTextArea, FormTextField } from '@/components/ui/FormFields'
import { formValues, yearText } from '@/lib/form'
import { getStrategy } from '../../api/get-strategy'
import { useUpdateStrategy } from '../../api/save-strategy'
import { useOptions } from '../../form/options'
import { useRowEditor } from '../../form/use-row-editor'
import { EditorForm } from '../shared/EditorForm'
import type { FormHost } from '../shared/section-state'

const fields = StrategyCreate.shape

/** The contract's strategy fields this form edits, the years typed as text, and the last year not before the first. */
function useStrategySchema() {
  const { t } = useTranslation('admin')
  return useMemo(() => {
    const year = (field: typeof fields.startYear) => yearText(field, t('form.yearInvalid', { min: YEAR_MIN, max: YEAR_MAX }))
    return StrategyCreate.pick({ name: true, overallGoal: true, status: true })
      .extend({ startYear: year(fields.startYear), endYear: year(fields.endYear) })
      .superRefine((strategy, ctx) => {
        if (strategy.endYear < strategy.startYear)
          ctx.addIssue({ code: 'custom', path: ['endYear'], message: t('strategy.endBeforeStart') })
      })
  }, [t])
}

/** The strategy in force: name, years, overall goal and status. */
export function StrategyForm({ strategy, section }: { strategy: Strategy; section: FormHost }) {
  const { t } = useTranslation('admin')
  const options = useOptions()
  const schema = useStrategySchema()
  const editor = useRowEditor({
    row: strategy,
    schema,
    valuesOf: (row) => formValues(schema, row),
    load: getStrategy,
    missing: { name: t('strategy.nameMissing'), startYear: t('strategy.startMissing'), endYear: t('strategy.endMissing') },
    section,
  })
  const save = useUpdateStrategy()

  return (
    <EditorForm
      title={t('strategy.editTitle')}
      level={3}
      editor={editor}
      idPrefix="strategy"
      saving={save.isPending}
      submitLabel={t('form.save')}
      onSubmit={(body) => save.mutate({ id: editor.row.id, version: editor.row.version, ...body }, editor.settle(t('strategy.saved')))}
    >
      <FormTextField name="name" label={t('strategy.name')} />
      <div className="admin-row">
        <FormTextField name="startYear" label={t('strategy.startYear')} inputMode="numeric" className="field-input field-input-short" />
        <FormTextField name="endYear" label={t('strategy.endYear')} inputMode="numeric" className="field-input field-input-short" />
      </div>
      <FormTextArea name="overallGoal" label={t('strategy.overallGoal')} rows={3} />
      <FormSelect name="status" label={t('strategy.status')} hint={t('strategy.statusHint')} options={options.strategyStatuses} />
    </EditorForm>
  )
}
