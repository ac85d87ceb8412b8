import type { Organisation, OrganisationKind } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { useAllOrganisations, useOrganisations } from '@/api/get-organisations'
import { useSetOrganisationArchived } from '../../api/save-organisation'
import { useOptions } from '../../form/options'
import { useListFilters } from '../shared/list-filters'
import { SearchableSection } from '../shared/SearchableSection'
import { useSectionState } from '../shared/section-state'
import { useArchiveRow } from '../shared/use-archive-row'
import { useConfirm } from '../shared/use-confirm'
import { OrganisationForm } from './OrganisationForm'

const PAGE_SIZE = 50

/** /administration/organisationer: search and filter the organisations; create, edit, archive and restore them. */
export function OrganisationsSection() {
  const { t } = useTranslation('admin')
  const options = useOptions()
  const section = useSectionState<{ organisation: Organisation | null }>()
  const confirm = useConfirm()
  const filters = useListFilters()
  const list = useOrganisations({
    search: filters.settledSearch,
    kind: (filters.choice || undefined) as OrganisationKind | undefined,
    includeArchived: filters.archived || undefined,
    page: filters.page,
    pageSize: PAGE_SIZE,
  })
  const all = useAllOrganisations()
  const names = new Map((all.data?.items ?? []).map((o) => [o.id, o.name]))
  const rows = useArchiveRow({
    mutation: useSetOrganisationArchived(),
    section,
    ask: confirm.ask,
    question: (organisation: Organisation) => ({
      title: t('organisations.archiveTitle', { name: organisation.name }),
      body: t('organisations.archiveBody'),
      confirmLabel: t('list.archive'),
    }),
    done: (organisation, archived) => t(archived ? 'organisations.archived' : 'organisations.restored', { name: organisation.name }),
  })
  const none = t('list.none')
  const current = section.current

  return (
    <SearchableSection
      texts="organisations"
      title={t('sections.organisationer.title')}
      section={section}
      confirmDialog={confirm.dialog}
      query={list}
      filters={filters}
      pageSize={PAGE_SIZE}
      choice={{
        id: 'organisations-kind-filter',
        label: t('organisations.kind'),
        options: [{ value: '', label: t('organisations.allKinds') }, ...options.organisationKinds],
      }}
      archived={{ id: 'organisations-archived', label: t('list.showArchived') }}
      onNew={() => section.open({ organisation: null })}
      form={
        current && (
          <OrganisationForm
            key={current.organisation?.id ?? 'new'}
            organisations={all.data?.items ?? []}
            organisation={current.organisation}
            section={section}
          />
        )
      }
      columns={[
        { header: t('organisations.name'), cell: (o) => o.name, rowHeader: true, content: true },
        { header: t('organisations.shortName'), cell: (o) => o.shortName ?? none, content: true },
        { header: t('organisations.kind'), cell: (o) => t(`enums.organisationKind.${o.kind}`) },
        { header: t('organisations.municipalityCode'), cell: (o) => o.municipalityCode ?? none },
        { header: t('organisations.parent'), cell: (o) => (o.parentId ? (names.get(o.parentId) ?? none) : none), content: true },
      ]}
      rowName={(o) => o.name}
      actions={(organisation) => [{ label: t('list.edit'), onClick: () => section.open({ organisation }) }, rows.action(organisation)]}
    />
  )
}
