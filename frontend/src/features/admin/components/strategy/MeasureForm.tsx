import type { Goal, Measure } from '@uppfoljning/contract'
import { MEASURE_WEIGHT_MAX, MEASURE_WEIGHT_MIN, YEAR_MAX, YEAR_MIN } from '@uppfoljning/contract/limits'
import { MeasureCreate } from '@uppfoljning/contract/measures'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { FormTextArea, FormTextField } from '@/components/ui/FormFields'
import { decimalText, formValues, yearText } from '@/lib/form'
import { getMeasure } from '../../api/get-measures'
import { useCreateMeasure, useUpdateMeasure } from '../../api/save-measure'
import { useOptions } from '../../form/options'
import { useRowEditor } from '../../form/use-row-editor'
import { FormCheckboxes } from '../shared/Checkboxes'
import { EditorForm } from '../shared/EditorForm'
import { FormOrganisationPicker } from '../shared/OrganisationPicker'
import type { FormHost } from '../shared/section-state'
import { nextSortOrder } from './editing'

const fields = MeasureCreate.shape

/** The contract's measure fields this form edits, years and the weight typed as text, the years in order. */
function useMeasureSchema() {
  const { t } = useTranslation('admin')
  return useMemo(() => {
    const year = (field: typeof fields.activeFromYear) => yearText(field, t('form.yearInvalid', { min: YEAR_MIN, max: YEAR_MAX }))
    const weightInvalid = t('measures.weightInvalid', { min: MEASURE_WEIGHT_MIN, max: MEASURE_WEIGHT_MAX })
    return MeasureCreate.pick({
      code: true,
      title: true,
      description: true,
      expectedKinds: true,
      expectedOrganisationIds: true,
      targetGroups: true,
      violenceAreas: true,
      preventionLevels: true,
    })
      .extend({
        activeFromYear: year(fields.activeFromYear),
        activeToYear: year(fields.activeToYear),
        weight: decimalText(fields.weight, weightInvalid),
      })
      .superRefine((measure, ctx) => {
        const { activeFromYear: from, activeToYear: to } = measure
        if (typeof from === 'number' && typeof to === 'number' && to < from)
          ctx.addIssue({ code: 'custom', path: ['activeToYear'], message: t('measures.toBeforeFrom') })
      })
  }, [t])
}

type Props = {
  goal: Goal
  /** the goal's measures: where a new one goes */
  siblings: Measure[]
  /** null: a new measure under `goal` */
  measure: Measure | null
  section: FormHost
}

/** A measure (åtgärd) of a goal: who is expected to act, for whom, against which violence, when, and its weight. */
export function MeasureForm({ goal, siblings, measure, section }: Props) {
  const { t } = useTranslation('admin')
  const options = useOptions()
  const schema = useMeasureSchema()
  const editor = useRowEditor({
    row: measure,
    schema,
    valuesOf: (row) => formValues(schema, row),
    load: getMeasure,
    missing: {
      code: t('measures.codeMissing'),
      title: t('measures.titleMissing'),
      weight: t('measures.weightInvalid', { min: MEASURE_WEIGHT_MIN, max: MEASURE_WEIGHT_MAX }),
    },
    section,
  })
  const { row } = editor
  const create = useCreateMeasure()
  const update = useUpdateMeasure()

  const submit = (body: typeof schema._output) => {
    const done = editor.settle(t('measures.saved', { code: body.code }))
    if (row) update.mutate({ id: row.id, version: row.version, ...body }, done)
    else create.mutate({ goalId: goal.id, ...body, sortOrder: nextSortOrder(siblings), predecessorMeasureIds: [] }, done)
  }

  return (
    <EditorForm
      title={row ? t('measures.editTitle', { code: row.code }) : t('measures.newTitle', { code: goal.code })}
      level={5}
      editor={editor}
      idPrefix="measure"
      saving={create.isPending || update.isPending}
      submitLabel={row ? t('form.save') : t('measures.create')}
      onSubmit={submit}
    >
      <FormTextField name="code" label={t('measures.code')} hint={t('measures.codeHint')} className="field-input field-input-short" />
      <FormTextField name="title" label={t('measures.title')} />
      <FormTextArea name="description" label={t('measures.description')} />
      <FormCheckboxes
        name="expectedKinds"
        legend={t('measures.expectedKinds')}
        hint={t('measures.expectedKindsHint')}
        options={options.expectedKinds}
      />
      <FormOrganisationPicker
        name="expectedOrganisationIds"
        legend={t('measures.expectedOrganisations')}
        hint={t('measures.expectedOrganisationsHint')}
      />
      <FormCheckboxes name="targetGroups" legend={t('measures.targetGroups')} options={options.targetGroups} />
      <FormCheckboxes name="violenceAreas" legend={t('measures.violenceAreas')} options={options.violenceAreas} />
      <FormCheckboxes name="preventionLevels" legend={t('measures.preventionLevels')} options={options.preventionLevels} />
      <fieldset className="field admin-fieldset">
        <legend className="field-label">{t('measures.activeYears')}</legend>
        <p className="field-hint">{t('measures.activeYearsHint')}</p>
        <div className="admin-row">
          <FormTextField
            name="activeFromYear"
            label={t('measures.activeFrom')}
            inputMode="numeric"
            className="field-input field-input-short"
          />
          <FormTextField name="activeToYear" label={t('measures.activeTo')} inputMode="numeric" className="field-input field-input-short" />
        </div>
      </fieldset>
      <FormTextField
        name="weight"
        label={t('measures.weight')}
        hint={t('measures.weightHint')}
        inputMode="decimal"
        className="field-input field-input-short"
      />
    </EditorForm>
  )
}
