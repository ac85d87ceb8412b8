import type { Goal, Indicator, Measure } from '@uppfoljning/contract'
import { YEAR_MAX, YEAR_MIN } from '@uppfoljning/contract/limits'
import { IndicatorCreate } from '@uppfoljning/contract/indicators'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { FormSelect, FormTextArea, FormTextField } from '@/components/ui/FormFields'
import { decimalText, formValues, yearText } from '@/lib/form'
import { getIndicator } from '../../api/get-indicators'
import { useCreateIndicator, useUpdateIndicator } from '../../api/save-indicator'
import { useOptions } from '../../form/options'
import { useRowEditor } from '../../form/use-row-editor'
import { EditorForm } from '../shared/EditorForm'
import type { FormHost } from '../shared/section-state'

const fields = IndicatorCreate.shape
const GOAL = 'goal'

/**
 * The contract's indicator fields this form edits (numbers and years typed as text), the target year not before the
 * baseline's, and `owner`: the goal, or the id of one of its measures (the API's goalId or measureId).
 */
function useIndicatorSchema() {
  const { t } = useTranslation('admin')
  return useMemo(() => {
    const year = (field: typeof fields.baselineYear) => yearText(field, t('form.yearInvalid', { min: YEAR_MIN, max: YEAR_MAX }))
    const number = (field: typeof fields.baselineValue) => decimalText(field, t('form.numberInvalid'))
    return IndicatorCreate.pick({ name: true, unit: true, direction: true, dataSource: true })
      .extend({
        owner: z.string(),
        baselineValue: number(fields.baselineValue),
        baselineYear: year(fields.baselineYear),
        targetValue: number(fields.targetValue),
        targetYear: year(fields.targetYear),
      })
      .superRefine((indicator, ctx) => {
        const { baselineYear: from, targetYear: to } = indicator
        if (typeof from === 'number' && typeof to === 'number' && to < from)
          ctx.addIssue({ code: 'custom', path: ['targetYear'], message: t('indicators.targetBeforeBaseline') })
      })
  }, [t])
}

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
  const schema = useIndicatorSchema()
  const editor = useRowEditor({
    row: indicator,
    schema,
    valuesOf: (row) => formValues(schema, row, { owner: row?.measureId ? String(row.measureId) : GOAL }),
    load: getIndicator,
    missing: { name: t('indicators.nameMissing'), unit: t('indicators.unitMissing'), direction: t('indicators.directionMissing') },
    // the API names the owner goalId or measureId
    fields: { goalId: 'owner', measureId: 'owner' },
    section,
  })
  const { row } = editor
  const create = useCreateIndicator()
  const update = useUpdateIndicator()

  const ownerOptions = [
    { value: GOAL, label: t('indicators.ownerGoal', { code: goal.code, title: goal.title }) },
    ...measures
      .filter((m) => m.archivedAt === null)
      .map((m) => ({ value: String(m.id), label: t('indicators.ownerMeasure', { code: m.code, title: m.title }) })),
  ]
  const directionOptions = [{ value: '', label: t('indicators.chooseDirection') }, ...options.directions]

  const submit = ({ owner, ...body }: typeof schema._output) => {
    const done = editor.settle(t('indicators.saved', { name: body.name }))
    if (row) update.mutate({ id: row.id, version: row.version, ...body }, done)
    else
      create.mutate(
        {
          ...(owner === GOAL ? { goalId: goal.id, measureId: null } : { goalId: null, measureId: Number(owner) }),
          ...body,
          description: '',
        },
        done,
      )
  }

  return (
    <EditorForm
      title={row ? t('indicators.editTitle', { name: row.name }) : t('indicators.newTitle')}
      level={5}
      editor={editor}
      idPrefix="indicator"
      saving={create.isPending || update.isPending}
      submitLabel={row ? t('form.save') : t('indicators.create')}
      onSubmit={submit}
    >
      {row ? null : <FormSelect name="owner" label={t('indicators.owner')} hint={t('indicators.ownerHint')} options={ownerOptions} />}
      <FormTextField name="name" label={t('indicators.name')} />
      <FormTextField name="unit" label={t('indicators.unit')} hint={t('indicators.unitHint')} />
      <FormSelect name="direction" label={t('indicators.direction')} options={directionOptions} />
      <div className="admin-row">
        <FormTextField
          name="baselineValue"
          label={t('indicators.baselineValue')}
          inputMode="decimal"
          className="field-input field-input-short"
        />
        <FormTextField
          name="baselineYear"
          label={t('indicators.baselineYear')}
          inputMode="numeric"
          className="field-input field-input-short"
        />
      </div>
      <div className="admin-row">
        <FormTextField
          name="targetValue"
          label={t('indicators.targetValue')}
          inputMode="decimal"
          className="field-input field-input-short"
        />
        <FormTextField name="targetYear" label={t('indicators.targetYear')} inputMode="numeric" className="field-input field-input-short" />
      </div>
      <FormTextArea name="dataSource" label={t('indicators.dataSource')} hint={t('indicators.dataSourceHint')} rows={2} />
    </EditorForm>
  )
}
