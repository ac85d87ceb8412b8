import type { Role, User } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formErrors } from '@/lib/form-errors'
import { getUser } from '../../api/get-users'
import { useCreateUser, useUpdateUser } from '../../api/save-user'
import { useChecks } from '../../form/checks'
import { useOptions } from '../../form/options'
import { useRowEditor } from '../../form/use-row-editor'
import { EditorForm } from '../shared/EditorForm'
import { Choice, TextInput } from '../shared/fields'
import { OrganisationPicker } from '../shared/OrganisationPicker'
import type { FormHost } from '../shared/section-state'

const ID = { email: 'user-email', name: 'user-name', role: 'user-role', organisationIds: 'user-organisations', password: 'user-password' }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const MIN_PASSWORD = 8

const valuesOf = (user: User | null) => ({
  email: user?.email ?? '',
  name: user?.name ?? '',
  role: (user?.role ?? '') as string,
  organisationIds: user?.organisations.map((o) => o.id) ?? [],
  password: '',
})

/**
 * A user: e-mail (fixed once created), name, role, the organisations of a coordinator, and an initial or new
 * password. Saving a new role, organisations or password ends the user's sessions: the form says so.
 */
export function UserForm({ user, section }: { user: User | null; section: FormHost }) {
  const { t } = useTranslation('admin')
  const options = useOptions()
  const checks = useChecks()
  const form = useRowEditor({ row: user, initial: valuesOf(user), valuesOf, load: getUser, fieldIds: ID, section })
  const { row, editor, values: v } = form
  const create = useCreateUser()
  const update = useUpdateUser()
  const coordinator = v.role === 'coordinator'
  const roleOptions = [{ value: '', label: t('users.chooseRole') }, ...options.roles]

  const submit = () => {
    const email = v.email.trim()
    const found = formErrors([
      [ID.email, row ? undefined : !email ? t('users.emailMissing') : EMAIL.test(email) ? checks.text(email, 254) : t('users.emailInvalid')],
      [ID.name, checks.required(v.name, 200, t('users.nameMissing'))],
      [ID.role, v.role ? undefined : t('users.roleMissing')],
      [ID.organisationIds, coordinator && v.organisationIds.length === 0 ? t('users.organisationsMissing') : undefined],
      [ID.password, v.password && [...v.password].length < MIN_PASSWORD ? t('users.passwordShort', { min: MIN_PASSWORD }) : undefined],
    ])
    if (found) return editor.fail(found)
    const fields = {
      name: v.name.trim(),
      role: v.role as Role,
      // only a coordinator works for organisations
      organisationIds: coordinator ? v.organisationIds : [],
      ...(v.password ? { password: v.password } : {}),
    }
    const done = form.settle(t('users.saved', { name: fields.name }))
    if (row) update.mutate({ id: row.id, version: row.version, ...fields }, done)
    else create.mutate({ email, ...fields }, done)
  }

  return (
    <EditorForm
      title={row ? t('users.editTitle', { name: row.name }) : t('users.newTitle')}
      level={3}
      {...form.frame}
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
        <TextInput id={ID.email} label={t('users.email')} type="email" autoComplete="off" spellCheck={false} autoCapitalize="none" value={v.email} onValue={(x) => editor.set('email', x)} error={editor.errors?.fields[ID.email]} />
      )}
      <TextInput id={ID.name} label={t('users.name')} autoComplete="off" value={v.name} onValue={(x) => editor.set('name', x)} error={editor.errors?.fields[ID.name]} />
      <Choice id={ID.role} label={t('users.role')} options={roleOptions} value={v.role} onValue={(x) => editor.set('role', x)} error={editor.errors?.fields[ID.role]} />
      {coordinator && (
        <OrganisationPicker id={ID.organisationIds} legend={t('users.organisations')} hint={t('users.organisationsHint')} value={v.organisationIds} onValue={(x) => editor.set('organisationIds', x)} error={editor.errors?.fields[ID.organisationIds]} />
      )}
      <TextInput
        id={ID.password}
        label={row ? t('users.newPassword') : t('users.password')}
        hint={row ? t('users.newPasswordHint', { min: MIN_PASSWORD }) : t('users.passwordHint', { min: MIN_PASSWORD })}
        type="password"
        autoComplete="new-password"
        value={v.password}
        onValue={(x) => editor.set('password', x)}
        error={editor.errors?.fields[ID.password]}
      />
    </EditorForm>
  )
}
