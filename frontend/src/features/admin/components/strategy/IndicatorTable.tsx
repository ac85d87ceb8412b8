import type { Indicator, Measure } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { formatNumber } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { useSetIndicatorArchived } from '../../api/save-indicator'
import { DataTable } from '../shared/DataTable'
import { RowButton } from '../shared/RowButton'
import type { SectionState } from '../shared/section-state'
import { useArchiveRow } from '../shared/use-archive-row'
import type { useConfirm } from '../shared/use-confirm'
import type { StrategyEditing } from './editing'

type Props = {
  goalCode: string
  indicators: Indicator[]
  /** the goal's measures, to say which one an indicator belongs to */
  measures: Measure[]
  section: SectionState<StrategyEditing>
  ask: ReturnType<typeof useConfirm>['ask']
}

/** The indicators of a goal and of its measures: unit, direction, baseline, target and data source. */
export function IndicatorTable({ goalCode, indicators, measures, section, ask }: Props) {
  const { t } = useTranslation('admin')
  const { locale } = useLanguage()
  const rows = useArchiveRow({
    mutation: useSetIndicatorArchived(),
    section,
    ask,
    question: (indicator: Indicator) => ({ title: t('indicators.archiveTitle', { name: indicator.name }), body: t('indicators.archiveBody'), confirmLabel: t('list.archive') }),
    done: (indicator, archived) => t(archived ? 'indicators.archived' : 'indicators.restored', { name: indicator.name }),
  })
  if (indicators.length === 0) return <EmptyState>{t('indicators.empty')}</EmptyState>
  const codeOf = new Map(measures.map((m) => [m.id, m.code]))
  const valueAt = (value: number | null, year: number | null) =>
    value === null ? t('list.none') : year === null ? formatNumber(value, locale) : t('indicators.valueInYear', { value: formatNumber(value, locale), year })
  return (
    <DataTable caption={t('indicators.caption', { code: goalCode, count: indicators.length })}>
      <thead>
        <tr>
          <th scope="col">{t('indicators.name')}</th>
          <th scope="col">{t('indicators.owner')}</th>
          <th scope="col">{t('indicators.unit')}</th>
          <th scope="col">{t('indicators.direction')}</th>
          <th scope="col">{t('indicators.baseline')}</th>
          <th scope="col">{t('indicators.target')}</th>
          <th scope="col">{t('indicators.dataSource')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('list.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => (
          <tr key={indicator.id} className={indicator.archivedAt ? 'admin-archived' : undefined}>
            <th scope="row" lang={CONTENT_LANGUAGE}>
              {indicator.name}
              {indicator.archivedAt && <span className="admin-tag">{t('list.archivedTag')}</span>}
            </th>
            <td>{indicator.measureId ? t('indicators.ofMeasure', { code: codeOf.get(indicator.measureId) ?? indicator.measureId }) : t('indicators.ofGoal')}</td>
            <td lang={CONTENT_LANGUAGE}>{indicator.unit}</td>
            <td>{t(`enums.direction.${indicator.direction}`)}</td>
            <td>{valueAt(indicator.baselineValue, indicator.baselineYear)}</td>
            <td>{valueAt(indicator.targetValue, indicator.targetYear)}</td>
            <td lang={CONTENT_LANGUAGE}>{indicator.dataSource || t('list.none')}</td>
            <td>
              <div className="admin-row-actions">
                <RowButton label={t('list.edit')} row={indicator.name} onClick={() => section.open({ kind: 'indicator', indicator })} />
                {indicator.archivedAt ? (
                  <RowButton label={t('list.restore')} row={indicator.name} onClick={() => rows.restore(indicator)} />
                ) : (
                  <RowButton label={t('list.archive')} row={indicator.name} onClick={() => rows.archive(indicator)} />
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  )
}
