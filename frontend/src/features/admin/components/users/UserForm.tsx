import type { User } from '@uppfoljning/contract'
import { PASSWORD_MIN } from '@uppfoljning/contract/limits'
import { UserCreate } from '@uppfoljning/contract/users'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useWatch } from 'react-hook-form'
import { z } from 'zod'
import { FormSelect, FormTextField } from '@/components/ui/FormFields'
import { formValues } from '@/lib/form'
import { getUser } from '../../api/get-users'
import { useCreateUser, useUpdateUser } from '../../api/save-user'
import { useOptions } from '../../form/options'
import { useRowEditor } from '../../form/use-row-editor'
import { EditorForm } from '../shared/EditorForm'
import { FormOrganisationPicker } from '../shared/OrganisationPicker'
import type { FormHost } from '../shared/section-state'

const fields = UserCreate.shape

/**
 * The contract's user fields (the e-mail only for a new user: it is fixed once created), a password left empty
 * meaning none (or: keep it), and a coordinator working for at least one organisation (only a coordinator for any).
 */
function useUserSchema(isNew: boolean) {
  const { t } = useTranslation('admin')
  return useMemo(
    () =>
      UserCreate.pick({ name: true, role: true, organisationIds: true })
        .extend({
          email: isNew ? fields.email : z.string(),
          password: z
            .string()
            .refine((password) => password === '' || [...password].length >= PASSWORD_MIN, t('users.passwordShort', { min: PASSWORD_MIN }))
            .transform((password) => password || undefined)
            .pipe(fields.password),
        })
        .superRefine((user, ctx) => {
          if (user.role === 'coordinator' && user.organisationIds.length === 0)
            ctx.addIssue({ code: 'custom', path: ['organisationIds'], message: t('users.organisationsMissing') })
        })
        .transform((user) => ({ ...user, organisationIds: user.role === 'coordinator' ? user.organisationIds : [] })),
    [t, isNew],
  )
}

/**
 * A user: e-mail (fixed once created), name, role, the organisations of a coordinator, and an initial or new
 * password. Saving a new role, organisations or password ends the user's sessions: the form says so.
 */
export function UserForm({ user, section }: { user: User | null; section: FormHost }) {
  const { t } = useTranslation('admin')
  const options = useOptions()
  const schema = useUserSchema(user === null)
  const editor = useRowEditor({
    row: user,
    schema,
    valuesOf: (row) => formValues(schema, row, { organisationIds: row?.organisations.map((o) => o.id) ?? [], password: '' }),
    load: getUser,
    missing: { email: t('users.emailMissing'), name: t('users.nameMissing'), role: t('users.roleMissing') },
    invalid: { email: t('users.emailInvalid') },
    section,
  })
  const { row, form } = editor
  const create = useCreateUser()
  const update = useUpdateUser()
  const coordinator = useWatch({ control: form.control, name: 'role' }) === 'coordinator'
  const roleOptions = [{ value: '', label: t('users.chooseRole') }, ...options.roles]

  const submit = ({ email, password, ...body }: typeof schema._output) => {
    const done = editor.settle(t('users.saved', { name: body.name }))
    const withPassword = password ? { ...body, password } : body
    if (row) update.mutate({ id: row.id, version: row.version, ...withPassword }, done)
    else create.mutate({ email, ...withPassword }, done)
  }

  return (
    <EditorForm
      title={row ? t('users.editTitle', { name: row.name }) : t('users.newTitle')}
      level={3}
      editor={editor}
      idPrefix="user"
      saving={create.isPending || update.isPending}
      submitLabel={row ? t('form.save') : t('users.create')}
      onSubmit={submit}
      notice={row ? <p className="notice">{t('users.sessionsEnd')}</p> : undefined}
    >
      {row ? (
        <div className="field">
          <p className="field-label">{t('users.email')}</p>
          <p>{row.email}</p>
        </div>
      ) : (
        <FormTextField name="email" label={t('users.email')} type="email" autoComplete="off" spellCheck={false} autoCapitalize="none" />
      )}
      <FormTextField name="name" label={t('users.name')} autoComplete="off" />
      <FormSelect name="role" label={t('users.role')} options={roleOptions} />
      {coordinator && (
        <FormOrganisationPicker name="organisationIds" legend={t('users.organisations')} hint={t('users.organisationsHint')} />
      )}
      <FormTextField
        name="password"
        label={row ? t('users.newPassword') : t('users.password')}
        hint={row ? t('users.newPasswordHint', { min: PASSWORD_MIN }) : t('users.passwordHint', { min: PASSWORD_MIN })}
        type="password"
        autoComplete="new-password"
      />
    </EditorForm>
  )
}
