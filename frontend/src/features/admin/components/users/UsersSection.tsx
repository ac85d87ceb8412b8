import { useState } from 'react'
import type { Role, User } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { formatDate } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { useUsers } from '../../api/get-users'
import { useSetUserArchived } from '../../api/save-user'
import { useOptions } from '../../form/options'
import { ActionProblem } from '../shared/ActionProblem'
import { ArchivedToggle } from '../shared/ArchivedToggle'
import { DataTable } from '../shared/DataTable'
import { Choice, TextInput } from '../shared/fields'
import { Pager } from '../shared/Pager'
import { RowButton } from '../shared/RowButton'
import { useSectionState } from '../shared/section-state'
import { useArchiveRow } from '../shared/use-archive-row'
import { useConfirm } from '../shared/use-confirm'
import { useDebounced } from '../shared/use-debounced'
import { UserForm } from './UserForm'

const PAGE_SIZE = 50

/** /administration/anvandare: the users with their roles, organisations, last sign-in and 2FA; create, edit, disable, enable. */
export function UsersSection() {
  const { t } = useTranslation('admin')
  const { locale } = useLanguage()
  const options = useOptions()
  const section = useSectionState<{ user: User | null }>()
  const confirm = useConfirm()
  const [search, setSearch] = useState('')
  const [role, setRole] = useState('')
  const [showDisabled, setShowDisabled] = useState(false)
  const [page, setPage] = useState(1)
  const settledSearch = useDebounced(search.trim())
  const list = useUsers({ search: settledSearch || undefined, role: (role || undefined) as Role | undefined, includeArchived: showDisabled || undefined, page, pageSize: PAGE_SIZE })
  const rows = useArchiveRow({
    mutation: useSetUserArchived(),
    section,
    ask: confirm.ask,
    question: (user: User) => ({ title: t('users.disableTitle', { name: user.name }), body: t('users.disableBody'), confirmLabel: t('users.disable') }),
    done: (user, archived) => t(archived ? 'users.disabled' : 'users.enabled', { name: user.name }),
  })
  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value)
    setPage(1)
  }

  let body
  if (list.isPending) body = <LoadingState>{t('users.loading')}</LoadingState>
  else if (list.isError) body = <LoadError error={list.error} onRetry={() => void list.refetch()} />
  else if (list.data.items.length === 0) body = <EmptyState>{t('users.empty')}</EmptyState>
  else
    body = (
      <>
        <DataTable caption={t('users.caption', { count: list.data.total })}>
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.organisations')}</th>
              <th scope="col">{t('users.lastLogin')}</th>
              <th scope="col">{t('users.twoFactor')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((user) => (
              <tr key={user.id} className={user.archivedAt ? 'admin-archived' : undefined}>
                <th scope="row">
                  <span lang={CONTENT_LANGUAGE}>{user.name}</span>
                  {user.archivedAt && <span className="admin-tag">{t('users.disabledTag')}</span>}
                  <span className="admin-secondary">{user.email}</span>
                </th>
                <td>{t(`enums.role.${user.role}`)}</td>
                <td lang={CONTENT_LANGUAGE}>{user.organisations.length ? user.organisations.map((o) => o.name).join(', ') : t('list.none')}</td>
                <td>{user.lastLoginAt ? <time dateTime={user.lastLoginAt}>{formatDate(user.lastLoginAt, locale)}</time> : t('users.never')}</td>
                <td>{user.totpEnabled ? t('users.twoFactorOn') : t('users.twoFactorOff')}</td>
                <td>
                  <div className="admin-row-actions">
                    <RowButton label={t('list.edit')} row={user.name} onClick={() => section.open({ user })} />
                    {user.archivedAt ? (
                      <RowButton label={t('users.enable')} row={user.name} onClick={() => rows.restore(user)} />
                    ) : (
                      <RowButton label={t('users.disable')} row={user.name} onClick={() => rows.archive(user)} />
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <Pager label={t('users.pages')} page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />
      </>
    )

  const current = section.current
  return (
    <>
      <h2>{t('sections.anvandare.title')}</h2>
      <StatusMessage>{section.message}</StatusMessage>
      {section.problem ? (
        <ActionProblem
          error={section.problem}
          onReload={() => {
            section.setProblem(null)
            void list.refetch()
          }}
        />
      ) : null}
      <form role="search" aria-label={t('users.filterLabel')} className="admin-filters" onSubmit={(event) => event.preventDefault()}>
        <TextInput id="users-search" type="search" label={t('users.search')} hint={t('users.searchHint')} value={search} onValue={filter(setSearch)} />
        <Choice id="users-role-filter" label={t('users.role')} options={[{ value: '', label: t('users.allRoles') }, ...options.roles]} value={role} onValue={filter(setRole)} />
        <ArchivedToggle id="users-disabled" label={t('users.showDisabled')} checked={showDisabled} onChange={filter(setShowDisabled)} />
      </form>
      <div className="admin-toolbar">
        <button type="button" className="button" onClick={() => section.open({ user: null })}>
          {t('users.new')}
        </button>
      </div>
      {current && <UserForm key={current.user?.id ?? 'new'} user={current.user} section={section} />}
      <p role="status" className="visually-hidden">
        {list.data ? t('users.found', { count: list.data.total }) : ''}
      </p>
      <div aria-busy={list.isFetching && !list.isPending ? true : undefined}>{body}</div>
      {confirm.dialog}
      {section.dialog}
    </>
  )
}
