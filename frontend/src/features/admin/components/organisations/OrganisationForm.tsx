import type { Organisation, OrganisationKind } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formErrors } from '@/lib/form-errors'
import { getOrganisation } from '../../api/get-organisations'
import { useCreateOrganisation, useUpdateOrganisation } from '../../api/save-organisation'
import { useChecks } from '../../form/checks'
import { useOptions } from '../../form/options'
import { orNull } from '../../form/parse'
import { useRowEditor } from '../../form/use-row-editor'
import { EditorForm } from '../shared/EditorForm'
import { Choice, TextInput } from '../shared/fields'
import type { FormHost } from '../shared/section-state'

const ID = { kind: 'organisation-kind', name: 'organisation-name', shortName: 'organisation-short-name', municipalityCode: 'organisation-municipality-code', parentId: 'organisation-parent' }

const KOMMUNKOD = /^\d{4}$/

const valuesOf = (organisation: Organisation | null) => ({
  kind: (organisation?.kind ?? '') as string,
  name: organisation?.name ?? '',
  shortName: organisation?.shortName ?? '',
  municipalityCode: organisation?.municipalityCode ?? '',
  parentId: organisation?.parentId ? String(organisation.parentId) : '',
})

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
  const checks = useChecks()
  const form = useRowEditor({ row: organisation, initial: valuesOf(organisation), valuesOf, load: getOrganisation, fieldIds: ID, section })
  const { row, editor, values: v } = form
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

  const submit = () => {
    const code = v.municipalityCode.trim()
    const found = formErrors([
      [ID.kind, v.kind ? undefined : t('organisations.kindMissing')],
      [ID.name, checks.required(v.name, 200, t('organisations.nameMissing'))],
      [ID.shortName, checks.text(v.shortName.trim(), 60)],
      [ID.municipalityCode, code ? (KOMMUNKOD.test(code) ? undefined : t('organisations.codeInvalid')) : v.kind === 'municipality' ? t('organisations.codeMissing') : undefined],
      [ID.parentId, v.kind === 'district' && !v.parentId ? t('organisations.parentMissing') : undefined],
    ])
    if (found) return editor.fail(found)
    const fields = {
      kind: v.kind as OrganisationKind,
      name: v.name.trim(),
      shortName: orNull(v.shortName),
      municipalityCode: code || null,
      parentId: v.parentId ? Number(v.parentId) : null,
    }
    const done = form.settle(t('organisations.saved', { name: fields.name }))
    if (row) update.mutate({ id: row.id, version: row.version, ...fields }, done)
    else create.mutate(fields, done)
  }

  return (
    <EditorForm
      title={row ? t('organisations.editTitle', { name: row.name }) : t('organisations.newTitle')}
      level={3}
      {...form.frame}
      saving={create.isPending || update.isPending}
      submitLabel={row ? t('form.save') : t('organisations.create')}
      onSubmit={submit}
    >
      <Choice id={ID.kind} label={t('organisations.kind')} options={kindOptions} value={v.kind} onValue={(x) => editor.set('kind', x)} error={editor.errors?.fields[ID.kind]} />
      <TextInput id={ID.name} label={t('organisations.name')} value={v.name} onValue={(x) => editor.set('name', x)} error={editor.errors?.fields[ID.name]} />
      <TextInput id={ID.shortName} label={t('organisations.shortName')} hint={t('organisations.shortNameHint')} value={v.shortName} onValue={(x) => editor.set('shortName', x)} error={editor.errors?.fields[ID.shortName]} />
      <TextInput
        id={ID.municipalityCode}
        label={t('organisations.municipalityCode')}
        hint={t('organisations.municipalityCodeHint')}
        inputMode="numeric"
        maxLength={4}
        className="field-input field-input-short"
        value={v.municipalityCode}
        onValue={(x) => editor.set('municipalityCode', x)}
        error={editor.errors?.fields[ID.municipalityCode]}
      />
      <Choice id={ID.parentId} label={t('organisations.parent')} hint={t('organisations.parentHint')} options={parentOptions} value={v.parentId} onValue={(x) => editor.set('parentId', x)} error={editor.errors?.fields[ID.parentId]} />
    </EditorForm>
  )
}
