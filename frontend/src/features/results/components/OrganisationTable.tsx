import type { OrganisationKind, ProgressTrends } from '@uppfoljning/contract'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Select } from '@/components/ui/Select'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import { hasFigures, organisationFigures, sortOrganisations, type OrganisationSort } from '../organisations'
import type { ResultsLinks } from '../links'
import { Missing, ShareBar } from './Figures'

type Props = { trends: ProgressTrends; periodId: number; links: ResultsLinks }

const sorts: OrganisationSort[] = ['name', 'coverage', 'progress']

/** "Per organisation": every organisation's implementation and coverage in the period, each linking to its page. */
export function OrganisationTable({ trends, periodId, links }: Props) {
  const { t } = useTranslation('results')
  const [sort, setSort] = useState<OrganisationSort>('name')
  const captionId = useId()
  const all = organisationFigures(trends, periodId)
  const shown = all.filter(hasFigures)
  const rows = sortOrganisations(shown, sort)
  const period = trends.periods.find((p) => p.id === periodId)?.name ?? ''
  return (
    <>
      <Select
        id="results-organisation-sort"
        label={t('organisations.sort')}
        value={sort}
        onChange={(event) => setSort(event.target.value as OrganisationSort)}
        options={sorts.map((value) => ({ value, label: t(`organisations.sortBy.${value}`) }))}
      />
      <div className="results-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="results-table results-organisations">
          <caption id={captionId}>{t('organisations.caption', { period })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisations.columns.organisation')}</th>
              <th scope="col">{t('organisations.columns.progress')}</th>
              <th scope="col">{t('organisations.columns.coverage')}</th>
            </tr>
          </thead>
          {rows.map((group) => (
            <tbody key={group.kind}>
              <tr className="results-group-row">
                <th scope="colgroup" colSpan={3}>
                  {t(`kind.${group.kind as OrganisationKind}`)}
                </th>
              </tr>
              {group.organisations.map((organisation) => (
                <tr
                  key={organisation.id}
                  className={organisation.kind === 'district' && sort === 'name' ? 'results-sub-goal results-depth-1' : undefined}
                >
                  <th scope="row" lang={CONTENT_LANGUAGE}>
                    <Link {...links.organisation(organisation.id)}>{organisation.name}</Link>
                    {organisation.parentName && (
                      <span className="results-meta"> ({t('organisations.districtOf', { name: organisation.parentName })})</span>
                    )}
                  </th>
                  <td>
                    <ShareBar share={organisation.progress} />
                  </td>
                  <td>
                    {organisation.coverage === null ? (
                      <>
                        <Missing /> <span className="results-meta">{t('organisations.notExpected')}</span>
                      </>
                    ) : (
                      <ShareBar share={organisation.coverage} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {shown.length < all.length && <p className="results-meta">{t('organisations.districtsHidden')}</p>}
    </>
  )
}
