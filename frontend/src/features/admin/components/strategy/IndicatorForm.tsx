import type { Goal, Indicator, IndicatorDirection, Measure } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formErrors } from '@/lib/form-errors'
import { getIndicator } from '../../api/get-indicators'
import { useCreateIndicator, useUpdateIndicator } from '../../api/save-indicator'
import { useChecks } from '../../form/checks'
import { useOptions } from '../../form/options'
import { decimalText, parseDecimal, parseYear, yearText } from '../../form/parse'
import { useRowEditor } from '../../form/use-row-editor'
import { EditorForm } from '../shared/EditorForm'
import { Choice, TextBox, TextInput } from '../shared/fields'
import type { FormHost } from '../shared/section-state'

const ID = {
  owner: 'indicator-owner',
  name: 'indicator-name',
  unit: 'indicator-unit',
  direction: 'indicator-direction',
  baselineValue: 'indicator-baseline-value',
  baselineYear: 'indicator-baseline-year',
  targetValue: 'indicator-target-value',
  targetYear: 'indicator-target-year',
  dataSource: 'indicator-data-source',
}
// the API names the owner goalId or measureId
const API_FIELDS = { ...ID, goalId: ID.owner, measureId: ID.owner }

const GOAL = 'goal'

const valuesOf = (indicator: Indicator | null) => ({
  owner: indicator?.measureId ? String(indicator.measureId) : GOAL,
  name: indicator?.name ?? '',
  unit: indicator?.unit ?? '',
  direction: (indicator?.direction ?? '') as string,
  baselineValue: decimalText(indicator?.baselineValue ?? null),
  baselineYear: yearText(indicator?.baselineYear ?? null),
  targetValue: decimalText(indicator?.targetValue ?? null),
  targetYear: yearText(indicator?.targetYear ?? null),
  dataSource: indicator?.dataSource ?? '',
})

type Props = {
  goal: Goal
  /** the goal's measures: a new indicator may belong to one of them instead */
  measures: Measure[]
  /** null: a new indicator */
  indicator: Indicator | null
  section: FormHost
}

/** An indicator of a goal or of one of its measures: unit, direction, baseline, target and data source. */
export function IndicatorForm({ goal, measures, indicator, section }: Props) {
  const { t } = useTranslation('admin')
  const options = useOptions()
  const checks = useChecks()
  const form = useRowEditor({ row: indicator, initial: valuesOf(indicator), valuesOf, load: getIndicator, fieldIds: API_FIELDS, section })
  const { row, editor, values: v } = form
  const create = useCreateIndicator()
  const update = useUpdateIndicator()

  const ownerOptions = [
    { value: GOAL, label: t('indicators.ownerGoal', { code: goal.code, title: goal.title }) },
    ...measures.filter((m) => m.archivedAt === null).map((m) => ({ value: String(m.id), label: t('indicators.ownerMeasure', { code: m.code, title: m.title }) })),
  ]
  const directionOptions = [{ value: '', label: t('indicators.chooseDirection') }, ...options.directions]

  const submit = () => {
    const found = formErrors([
      [ID.name, checks.required(v.name, 300, t('indicators.nameMissing'))],
      [ID.unit, checks.required(v.unit, 60, t('indicators.unitMissing'))],
      [ID.direction, v.direction ? undefined : t('indicators.directionMissing')],
      [ID.baselineValue, checks.decimal(v.baselineValue)],
      [ID.baselineYear, checks.year(v.baselineYear)],
      [ID.targetValue, checks.decimal(v.targetValue)],
      [ID.targetYear, checks.year(v.targetYear) ?? checks.yearOrder(v.baselineYear, v.targetYear, t('indicators.targetBeforeBaseline'))],
      [ID.dataSource, checks.text(v.dataSource, 500)],
    ])
    if (found) return editor.fail(found)
    const fields = {
      name: v.name.trim(),
      unit: v.unit.trim(),
      direction: v.direction as IndicatorDirection,
      baselineValue: parseDecimal(v.baselineValue),
      baselineYear: parseYear(v.baselineYear),
      targetValue: parseDecimal(v.targetValue),
      targetYear: parseYear(v.targetYear),
      dataSource: v.dataSource,
    }
    const done = form.settle(t('indicators.saved', { name: fields.name }))
    if (row) update.mutate({ id: row.id, version: row.version, ...fields }, done)
    else {
      const owner = v.owner === GOAL ? { goalId: goal.id, measureId: null } : { goalId: null, measureId: Number(v.owner) }
      create.mutate({ ...owner, ...fields, description: '' }, done)
    }
  }

  return (
    <EditorForm
      title={row ? t('indicators.editTitle', { name: row.name }) : t('indicators.newTitle')}
      level={5}
      {...form.frame}
      saving={create.isPending || update.isPending}
      submitLabel={row ? t('form.save') : t('indicators.create')}
      onSubmit={submit}
    >
      {row ? null : (
        <Choice id={ID.owner} label={t('indicators.owner')} hint={t('indicators.ownerHint')} options={ownerOptions} value={v.owner} onValue={(x) => editor.set('owner', x)} error={editor.errors?.fields[ID.owner]} />
      )}
      <TextInput id={ID.name} label={t('indicators.name')} value={v.name} onValue={(x) => editor.set('name', x)} error={editor.errors?.fields[ID.name]} />
      <TextInput id={ID.unit} label={t('indicators.unit')} hint={t('indicators.unitHint')} value={v.unit} onValue={(x) => editor.set('unit', x)} error={editor.errors?.fields[ID.unit]} />
      <Choice id={ID.direction} label={t('indicators.direction')} options={directionOptions} value={v.direction} onValue={(x) => editor.set('direction', x)} error={editor.errors?.fields[ID.direction]} />
      <div className="admin-row">
        <TextInput id={ID.baselineValue} label={t('indicators.baselineValue')} inputMode="decimal" className="field-input field-input-short" value={v.baselineValue} onValue={(x) => editor.set('baselineValue', x)} error={editor.errors?.fields[ID.baselineValue]} />
        <TextInput id={ID.baselineYear} label={t('indicators.baselineYear')} inputMode="numeric" className="field-input field-input-short" value={v.baselineYear} onValue={(x) => editor.set('baselineYear', x)} error={editor.errors?.fields[ID.baselineYear]} />
      </div>
      <div className="admin-row">
        <TextInput id={ID.targetValue} label={t('indicators.targetValue')} inputMode="decimal" className="field-input field-input-short" value={v.targetValue} onValue={(x) => editor.set('targetValue', x)} error={editor.errors?.fields[ID.targetValue]} />
        <TextInput id={ID.targetYear} label={t('indicators.targetYear')} inputMode="numeric" className="field-input field-input-short" value={v.targetYear} onValue={(x) => editor.set('targetYear', x)} error={editor.errors?.fields[ID.targetYear]} />
      </div>
      <TextBox id={ID.dataSource} label={t('indicators.dataSource')} hint={t('indicators.dataSourceHint')} rows={2} value={v.dataSource} onValue={(x) => editor.set('dataSource', x)} error={editor.errors?.fields[ID.dataSource]} />
    </EditorForm>
  )
}
