import type { Role, User } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formatDate } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { useUsers } from '../../api/get-users'
import { useSetUserArchived } from '../../api/save-user'
import { useOptions } from '../../form/options'
import { useListFilters } from '../shared/list-filters'
import { SearchableSection } from '../shared/SearchableSection'
import { useSectionState } from '../shared/section-state'
import { useArchiveRow } from '../shared/use-archive-row'
import { useConfirm } from '../shared/use-confirm'
import { UserForm } from './UserForm'

const PAGE_SIZE = 50

/** /administration/anvandare: the users with their roles, organisations, last sign-in and 2FA; create, edit, disable, enable. */
export function UsersSection() {
  const { t } = useTranslation('admin')
  const { locale } = useLanguage()
  const options = useOptions()
  const section = useSectionState<{ user: User | null }>()
  const confirm = useConfirm()
  const filters = useListFilters()
  const list = useUsers({
    search: filters.settledSearch,
    role: (filters.choice || undefined) as Role | undefined,
    includeArchived: filters.archived || undefined,
    page: filters.page,
    pageSize: PAGE_SIZE,
  })
  const rows = useArchiveRow({
    mutation: useSetUserArchived(),
    section,
    ask: confirm.ask,
    question: (user: User) => ({
      title: t('users.disableTitle', { name: user.name }),
      body: t('users.disableBody'),
      confirmLabel: t('users.disable'),
    }),
    done: (user, archived) => t(archived ? 'users.disabled' : 'users.enabled', { name: user.name }),
    labels: { archive: t('users.disable'), restore: t('users.enable') },
  })
  const current = section.current

  return (
    <SearchableSection
      texts="users"
      title={t('sections.anvandare.title')}
      section={section}
      confirmDialog={confirm.dialog}
      query={list}
      filters={filters}
      pageSize={PAGE_SIZE}
      choice={{ id: 'users-role-filter', label: t('users.role'), options: [{ value: '', label: t('users.allRoles') }, ...options.roles] }}
      archived={{ id: 'users-disabled', label: t('users.showDisabled') }}
      onNew={() => section.open({ user: null })}
      form={current && <UserForm key={current.user?.id ?? 'new'} user={current.user} section={section} />}
      columns={[
        { header: t('users.name'), cell: (u) => <span lang={CONTENT_LANGUAGE}>{u.name}</span>, rowHeader: true, secondary: (u) => u.email },
        { header: t('users.role'), cell: (u) => t(`enums.role.${u.role}`) },
        {
          header: t('users.organisations'),
          cell: (u) => (u.organisations.length ? u.organisations.map((o) => o.name).join(', ') : t('list.none')),
          content: true,
        },
        {
          header: t('users.lastLogin'),
          cell: (u) => (u.lastLoginAt ? <time dateTime={u.lastLoginAt}>{formatDate(u.lastLoginAt, locale)}</time> : t('users.never')),
        },
        { header: t('users.twoFactor'), cell: (u) => (u.totpEnabled ? t('users.twoFactorOn') : t('users.twoFactorOff')) },
      ]}
      rowName={(u) => u.name}
      actions={(user) => [{ label: t('list.edit'), onClick: () => section.open({ user }) }, rows.action(user)]}
      archivedTag={t('users.disabledTag')}
    />
  )
}
