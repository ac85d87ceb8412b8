import type { Organisation } from '@uppfoljning/contract'
import { OrganisationCreate } from '@uppfoljning/contract/organisations'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { FormSelect, FormTextField } from '@/components/ui/FormFields'
import { emptyAsNull, formValues } from '@/lib/form'
import { getOrganisation } from '../../api/get-organisations'
import { useCreateOrganisation, useUpdateOrganisation } from '../../api/save-organisation'
import { useOptions } from '../../form/options'
import { useRowEditor } from '../../form/use-row-editor'
import { EditorForm } from '../shared/EditorForm'
import type { FormHost } from '../shared/section-state'

const fields = OrganisationCreate.shape

/** The contract's organisation, empty inputs meaning none; a municipality has a kommunkod, a district its municipality. */
function useOrganisationSchema() {
  const { t } = useTranslation('admin')
  return useMemo(
    () =>
      OrganisationCreate.extend({
        shortName: emptyAsNull(fields.shortName),
        municipalityCode: emptyAsNull(fields.municipalityCode),
        parentId: emptyAsNull(fields.parentId),
      }).superRefine((organisation, ctx) => {
        if (organisation.kind === 'municipality' && !organisation.municipalityCode)
          ctx.addIssue({ code: 'custom', path: ['municipalityCode'], message: t('organisations.codeMissing') })
        if (organisation.kind === 'district' && !organisation.parentId)
          ctx.addIssue({ code: 'custom', path: ['parentId'], message: t('organisations.parentMissing') })
      }),
    [t],
  )
}

type Props = {
  /** every organisation that is not archived: the parent choices */
  organisations: Organisation[]
  /** null: a new organisation */
  organisation: Organisation | null
  section: FormHost
}

/** An organisation: kind, name, short name, kommunkod (municipalities) and the organisation it is part of. */
export function OrganisationForm({ organisations, organisation, section }: Props) {
  const { t } = useTranslation('admin')
  const options = useOptions()
  const schema = useOrganisationSchema()
  const editor = useRowEditor({
    row: organisation,
    schema,
    valuesOf: (row) => formValues(schema, row),
    load: getOrganisation,
    missing: { kind: t('organisations.kindMissing'), name: t('organisations.nameMissing') },
    invalid: { municipalityCode: t('organisations.codeInvalid') },
    section,
  })
  const { row } = editor
  const create = useCreateOrganisation()
  const update = useUpdateOrganisation()

  const kindOptions = [{ value: '', label: t('organisations.chooseKind') }, ...options.organisationKinds]
  const parentOptions = [
    { value: '', label: t('organisations.noParent') },
    ...organisations
      .filter((o) => o.id !== row?.id)
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .map((o) => ({ value: String(o.id), label: o.name })),
  ]

  const submit = (body: typeof schema._output) => {
    const done = editor.settle(t('organisations.saved', { name: body.name }))
    if (row) update.mutate({ id: row.id, version: row.version, ...body }, done)
    else create.mutate(body, done)
  }

  return (
    <EditorForm
      title={row ? t('organisations.editTitle', { name: row.name }) : t('organisations.newTitle')}
      level={3}
      editor={editor}
      idPrefix="organisation"
      saving={create.isPending || update.isPending}
      submitLabel={row ? t('form.save') : t('organisations.create')}
      onSubmit={submit}
    >
      <FormSelect name="kind" label={t('organisations.kind')} options={kindOptions} />
      <FormTextField name="name" label={t('organisations.name')} />
      <FormTextField name="shortName" label={t('organisations.shortName')} hint={t('organisations.shortNameHint')} />
      <FormTextField
        name="municipalityCode"
        label={t('organisations.municipalityCode')}
        hint={t('organisations.municipalityCodeHint')}
        inputMode="numeric"
        className="field-input field-input-short"
      />
      <FormSelect name="parentId" label={t('organisations.parent')} hint={t('organisations.parentHint')} options={parentOptions} />
    </EditorForm>
  )
}
