import type { LinkOptions } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProgressMap, ProgressMapArea } from '@uppfoljning/contract'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { formatNumber, formatPercent } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import { FigureText } from '../components/FigureText'

type Column = 'name' | 'coverage' | 'progress'
type Sort = { column: Column; direction: 'ascending' | 'descending' }

const valueOf = (area: ProgressMapArea, column: Exclude<Column, 'name'>) => (column === 'coverage' ? area.coverage.coverage : area.progress.progress)

/** Sorted by `sort`; missing figures last whichever the direction. */
export function sortAreas(areas: ProgressMapArea[], { column, direction }: Sort): ProgressMapArea[] {
  const sign = direction === 'ascending' ? 1 : -1
  const byName = (a: ProgressMapArea, b: ProgressMapArea) => a.organisation.name.localeCompare(b.organisation.name, 'sv')
  return [...areas].sort((a, b) => {
    if (column === 'name') return sign * byName(a, b)
    const [x, y] = [valueOf(a, column), valueOf(b, column)]
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1
    return sign * (x - y) || byName(a, b)
  })
}

type Props = {
  map: ProgressMap
  caption: string
  organisationLink: (organisationId: number) => LinkOptions
  onHighlight: (code: string | null) => void
}

/** The map's figures as a table (the accessible way to every number and every municipality's page), sortable. */
export function MapTable({ map, caption, organisationLink, onHighlight }: Props) {
  const { t } = useTranslation('coverage')
  const { locale } = useLanguage()
  const [sort, setSort] = useState<Sort>({ column: 'name', direction: 'ascending' })
  const [announced, setAnnounced] = useState('')
  const previous = map.previousPeriod
  const columns: Column[] = ['name', 'coverage', 'progress']
  const label = (column: Column) => t(`map.columns.${column}`)

  const sortBy = (column: Column) => {
    const first = column === 'name' ? 'ascending' : 'descending'
    const direction = sort.column === column ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : first
    setSort({ column, direction })
    setAnnounced(t('map.sorted', { column: label(column), direction: t(`map.${direction}`) }))
  }
  const change = (value: number | null) => {
    if (value === null) return t('noFigure')
    const points = Math.round(value * 100)
    return t('map.change', { value: `${points > 0 ? '+' : points < 0 ? '−' : '±'}${formatNumber(Math.abs(points), locale, 0)}` })
  }

  return (
    <>
      <div className="coverage-table-scroll" role="region" aria-labelledby="map-table-caption" tabIndex={0}>
        <table className="coverage-list map-table">
          <caption id="map-table-caption">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col" aria-sort={sort.column === column ? sort.direction : undefined} className={column === 'name' ? undefined : 'number'}>
                  <button type="button" className="map-sort" onClick={() => sortBy(column)}>
                    {label(column)}
                    <span aria-hidden="true">{sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
                  </button>
                </th>
              ))}
              {previous && (
                <th scope="col" className="number">
                  {t('map.columns.change', { period: previous.name })}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {sortAreas(map.municipalities, sort).map((area) => (
              <tr key={area.organisation.id}>
                <th scope="row">
                  <Link
                    {...organisationLink(area.organisation.id)}
                    lang={CONTENT_LANGUAGE}
                    onMouseEnter={() => onHighlight(area.municipalityCode)}
                    onMouseLeave={() => onHighlight(null)}
                    onFocus={() => onHighlight(area.municipalityCode)}
                    onBlur={() => onHighlight(null)}
                  >
                    {area.organisation.name}
                  </Link>
                </th>
                <td className="number">
                  <FigureText figure={area.coverage} />
                </td>
                <td className="number">
                  {area.progress.progress === null ? (
                    <>
                      {t('noFigure')}
                      <span className="visually-hidden"> ({t('map.noProgressExplained')})</span>
                    </>
                  ) : (
                    formatPercent(area.progress.progress, locale)
                  )}
                </td>
                {previous && <td className="number">{change(area.progress.change)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <StatusMessage>{announced}</StatusMessage>
    </>
  )
}
