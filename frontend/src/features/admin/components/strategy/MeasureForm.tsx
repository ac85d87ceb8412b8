import type { Goal, Measure, OrganisationKind, PreventionLevel, TargetGroup, ViolenceArea } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formErrors } from '@/lib/form-errors'
import { getMeasure } from '../../api/get-measures'
import { useCreateMeasure, useUpdateMeasure } from '../../api/save-measure'
import { useChecks } from '../../form/checks'
import { useOptions } from '../../form/options'
import { decimalText, parseDecimal, parseYear, yearText } from '../../form/parse'
import { useRowEditor } from '../../form/use-row-editor'
import { Checkboxes } from '../shared/Checkboxes'
import { EditorForm } from '../shared/EditorForm'
import { TextBox, TextInput } from '../shared/fields'
import { OrganisationPicker } from '../shared/OrganisationPicker'
import type { FormHost } from '../shared/section-state'
import { nextSortOrder } from './editing'

const ID = {
  code: 'measure-code',
  title: 'measure-title',
  description: 'measure-description',
  expectedKinds: 'measure-expected-kinds',
  expectedOrganisationIds: 'measure-expected-organisations',
  targetGroups: 'measure-target-groups',
  violenceAreas: 'measure-violence-areas',
  preventionLevels: 'measure-prevention-levels',
  activeFromYear: 'measure-active-from',
  activeToYear: 'measure-active-to',
  weight: 'measure-weight',
}

const valuesOf = (measure: Measure | null) => ({
  code: measure?.code ?? '',
  title: measure?.title ?? '',
  description: measure?.description ?? '',
  expectedKinds: measure?.expectedKinds ?? ([] as OrganisationKind[]),
  expectedOrganisationIds: measure?.expectedOrganisationIds ?? [],
  targetGroups: measure?.targetGroups ?? ([] as TargetGroup[]),
  violenceAreas: measure?.violenceAreas ?? ([] as ViolenceArea[]),
  preventionLevels: measure?.preventionLevels ?? ([] as PreventionLevel[]),
  activeFromYear: yearText(measure?.activeFromYear ?? null),
  activeToYear: yearText(measure?.activeToYear ?? null),
  weight: decimalText(measure?.weight ?? 1),
})

type Props = {
  goal: Goal
  /** the goal's measures: where a new one goes */
  siblings: Measure[]
  /** null: a new measure under `goal` */
  measure: Measure | null
  section: FormHost
}

/** A measure (åtgärd) of a goal: who is expected to act, for whom, against which violence, and when. */
export function MeasureForm({ goal, siblings, measure, section }: Props) {
  const { t } = useTranslation('admin')
  const options = useOptions()
  const checks = useChecks()
  const form = useRowEditor({ row: measure, initial: valuesOf(measure), valuesOf, load: getMeasure, fieldIds: ID, section })
  const { row, editor, values: v } = form
  const create = useCreateMeasure()
  const update = useUpdateMeasure()

  const weightProblem = (weight: number | null) => (weight === null || Number.isNaN(weight) || weight < 0 || weight > 100 ? t('measures.weightInvalid') : undefined)

  const submit = () => {
    const found = formErrors([
      [ID.code, checks.required(v.code, 20, t('measures.codeMissing'))],
      [ID.title, checks.required(v.title, 300, t('measures.titleMissing'))],
      [ID.description, checks.text(v.description, 20_000)],
      [ID.activeFromYear, checks.year(v.activeFromYear)],
      [ID.activeToYear, checks.year(v.activeToYear) ?? checks.yearOrder(v.activeFromYear, v.activeToYear, t('measures.toBeforeFrom'))],
      [ID.weight, weightProblem(parseDecimal(v.weight))],
    ])
    if (found) return editor.fail(found)
    const fields = {
      code: v.code.trim(),
      title: v.title.trim(),
      description: v.description,
      expectedKinds: v.expectedKinds,
      expectedOrganisationIds: v.expectedOrganisationIds,
      targetGroups: v.targetGroups,
      violenceAreas: v.violenceAreas,
      preventionLevels: v.preventionLevels,
      activeFromYear: parseYear(v.activeFromYear),
      activeToYear: parseYear(v.activeToYear),
      weight: parseDecimal(v.weight)!,
    }
    const done = form.settle(t('measures.saved', { code: fields.code }))
    if (row) update.mutate({ id: row.id, version: row.version, ...fields }, done)
    else create.mutate({ goalId: goal.id, ...fields, sortOrder: nextSortOrder(siblings), predecessorMeasureIds: [] }, done)
  }

  return (
    <EditorForm
      title={row ? t('measures.editTitle', { code: row.code }) : t('measures.newTitle', { code: goal.code })}
      level={5}
      {...form.frame}
      saving={create.isPending || update.isPending}
      submitLabel={row ? t('form.save') : t('measures.create')}
      onSubmit={submit}
    >
      <TextInput id={ID.code} label={t('measures.code')} hint={t('measures.codeHint')} className="field-input field-input-short" value={v.code} onValue={(x) => editor.set('code', x)} error={editor.errors?.fields[ID.code]} />
      <TextInput id={ID.title} label={t('measures.title')} value={v.title} onValue={(x) => editor.set('title', x)} error={editor.errors?.fields[ID.title]} />
      <TextBox id={ID.description} label={t('measures.description')} value={v.description} onValue={(x) => editor.set('description', x)} error={editor.errors?.fields[ID.description]} />
      <Checkboxes id={ID.expectedKinds} legend={t('measures.expectedKinds')} hint={t('measures.expectedKindsHint')} options={options.expectedKinds} value={v.expectedKinds} onValue={(x) => editor.set('expectedKinds', x)} error={editor.errors?.fields[ID.expectedKinds]} />
      <OrganisationPicker id={ID.expectedOrganisationIds} legend={t('measures.expectedOrganisations')} hint={t('measures.expectedOrganisationsHint')} value={v.expectedOrganisationIds} onValue={(x) => editor.set('expectedOrganisationIds', x)} error={editor.errors?.fields[ID.expectedOrganisationIds]} />
      <Checkboxes id={ID.targetGroups} legend={t('measures.targetGroups')} options={options.targetGroups} value={v.targetGroups} onValue={(x) => editor.set('targetGroups', x)} error={editor.errors?.fields[ID.targetGroups]} />
      <Checkboxes id={ID.violenceAreas} legend={t('measures.violenceAreas')} options={options.violenceAreas} value={v.violenceAreas} onValue={(x) => editor.set('violenceAreas', x)} error={editor.errors?.fields[ID.violenceAreas]} />
      <Checkboxes id={ID.preventionLevels} legend={t('measures.preventionLevels')} options={options.preventionLevels} value={v.preventionLevels} onValue={(x) => editor.set('preventionLevels', x)} error={editor.errors?.fields[ID.preventionLevels]} />
      <fieldset className="field admin-fieldset">
        <legend className="field-label">{t('measures.activeYears')}</legend>
        <p className="field-hint">{t('measures.activeYearsHint')}</p>
        <div className="admin-row">
          <TextInput id={ID.activeFromYear} label={t('measures.activeFrom')} inputMode="numeric" className="field-input field-input-short" value={v.activeFromYear} onValue={(x) => editor.set('activeFromYear', x)} error={editor.errors?.fields[ID.activeFromYear]} />
          <TextInput id={ID.activeToYear} label={t('measures.activeTo')} inputMode="numeric" className="field-input field-input-short" value={v.activeToYear} onValue={(x) => editor.set('activeToYear', x)} error={editor.errors?.fields[ID.activeToYear]} />
        </div>
      </fieldset>
      <TextInput id={ID.weight} label={t('measures.weight')} hint={t('measures.weightHint')} inputMode="decimal" className="field-input field-input-short" value={v.weight} onValue={(x) => editor.set('weight', x)} error={editor.errors?.fields[ID.weight]} />
    </EditorForm>
  )
}
