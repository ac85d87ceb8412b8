import { useState } from 'react'
import type { Organisation, OrganisationKind } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { useAllOrganisations, useOrganisations } from '../../api/get-organisations'
import { useSetOrganisationArchived } from '../../api/save-organisation'
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
import { OrganisationForm } from './OrganisationForm'

const PAGE_SIZE = 50

/** /administration/organisationer: search and filter the organisations; create, edit, archive and restore them. */
export function OrganisationsSection() {
  const { t } = useTranslation('admin')
  const options = useOptions()
  const section = useSectionState<{ organisation: Organisation | null }>()
  const confirm = useConfirm()
  const [search, setSearch] = useState('')
  const [kind, setKind] = useState('')
  const [showArchived, setShowArchived] = useState(false)
  const [page, setPage] = useState(1)
  const settledSearch = useDebounced(search.trim())
  const list = useOrganisations({
    search: settledSearch || undefined,
    kind: (kind || undefined) as OrganisationKind | undefined,
    includeArchived: showArchived || undefined,
    page,
    pageSize: PAGE_SIZE,
  })
  const all = useAllOrganisations()
  const names = new Map((all.data?.items ?? []).map((o) => [o.id, o.name]))
  const rows = useArchiveRow({
    mutation: useSetOrganisationArchived(),
    section,
    ask: confirm.ask,
    question: (organisation: Organisation) => ({ title: t('organisations.archiveTitle', { name: organisation.name }), body: t('organisations.archiveBody'), confirmLabel: t('list.archive') }),
    done: (organisation, archived) => t(archived ? 'organisations.archived' : 'organisations.restored', { name: organisation.name }),
  })
  // a changed filter starts from the first page
  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value)
    setPage(1)
  }

  let body
  if (list.isPending) body = <LoadingState>{t('organisations.loading')}</LoadingState>
  else if (list.isError) body = <LoadError error={list.error} onRetry={() => void list.refetch()} />
  else if (list.data.items.length === 0) body = <EmptyState>{t('organisations.empty')}</EmptyState>
  else
    body = (
      <>
        <DataTable caption={t('organisations.caption', { count: list.data.total })}>
          <thead>
            <tr>
              <th scope="col">{t('organisations.name')}</th>
              <th scope="col">{t('organisations.shortName')}</th>
              <th scope="col">{t('organisations.kind')}</th>
              <th scope="col">{t('organisations.municipalityCode')}</th>
              <th scope="col">{t('organisations.parent')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((organisation) => (
              <tr key={organisation.id} className={organisation.archivedAt ? 'admin-archived' : undefined}>
                <th scope="row" lang={CONTENT_LANGUAGE}>
                  {organisation.name}
                  {organisation.archivedAt && <span className="admin-tag">{t('list.archivedTag')}</span>}
                </th>
                <td lang={CONTENT_LANGUAGE}>{organisation.shortName ?? t('list.none')}</td>
                <td>{t(`enums.organisationKind.${organisation.kind}`)}</td>
                <td>{organisation.municipalityCode ?? t('list.none')}</td>
                <td lang={CONTENT_LANGUAGE}>{organisation.parentId ? (names.get(organisation.parentId) ?? t('list.none')) : t('list.none')}</td>
                <td>
                  <div className="admin-row-actions">
                    <RowButton label={t('list.edit')} row={organisation.name} onClick={() => section.open({ organisation })} />
                    {organisation.archivedAt ? (
                      <RowButton label={t('list.restore')} row={organisation.name} onClick={() => rows.restore(organisation)} />
                    ) : (
                      <RowButton label={t('list.archive')} row={organisation.name} onClick={() => rows.archive(organisation)} />
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <Pager label={t('organisations.pages')} page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />
      </>
    )

  const current = section.current
  return (
    <>
      <h2>{t('sections.organisationer.title')}</h2>
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
      <form role="search" aria-label={t('organisations.filterLabel')} className="admin-filters" onSubmit={(event) => event.preventDefault()}>
        <TextInput id="organisations-search" type="search" label={t('organisations.search')} hint={t('organisations.searchHint')} value={search} onValue={filter(setSearch)} />
        <Choice id="organisations-kind-filter" label={t('organisations.kind')} options={[{ value: '', label: t('organisations.allKinds') }, ...options.organisationKinds]} value={kind} onValue={filter(setKind)} />
        <ArchivedToggle id="organisations-archived" label={t('list.showArchived')} checked={showArchived} onChange={filter(setShowArchived)} />
      </form>
      <div className="admin-toolbar">
        <button type="button" className="button" onClick={() => section.open({ organisation: null })}>
          {t('organisations.new')}
        </button>
      </div>
      {current && <OrganisationForm key={current.organisation?.id ?? 'new'} organisations={all.data?.items ?? []} organisation={current.organisation} section={section} />}
      <p role="status" className="visually-hidden">
        {list.data ? t('organisations.found', { count: list.data.total }) : ''}
      </p>
      <div aria-busy={list.isFetching && !list.isPending ? true : undefined}>{body}</div>
      {confirm.dialog}
      {section.dialog}
    </>
  )
}
