import type { Indicator, Measure } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { formatNumber } from '@/lib/format'
import { useLanguage } from '@/lib/i18n'
import { useSetIndicatorArchived } from '../../api/save-indicator'
import { ListTable } from '../shared/ListTable'
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
    question: (indicator: Indicator) => ({
      title: t('indicators.archiveTitle', { name: indicator.name }),
      body: t('indicators.archiveBody'),
      confirmLabel: t('list.archive'),
    }),
    done: (indicator, archived) => t(archived ? 'indicators.archived' : 'indicators.restored', { name: indicator.name }),
  })
  if (indicators.length === 0) return <EmptyState>{t('indicators.empty')}</EmptyState>
  const codeOf = new Map(measures.map((m) => [m.id, m.code]))
  const valueAt = (value: number | null, year: number | null) =>
    value === null
      ? t('list.none')
      : year === null
        ? formatNumber(value, locale)
        : t('indicators.valueInYear', { value: formatNumber(value, locale), year })
  return (
    <ListTable
      caption={t('indicators.caption', { code: goalCode, count: indicators.length })}
      rows={indicators}
      columns={[
        { header: t('indicators.name'), cell: (indicator) => indicator.name, rowHeader: true, content: true },
        {
          header: t('indicators.owner'),
          cell: (indicator) =>
            indicator.measureId
              ? t('indicators.ofMeasure', { code: codeOf.get(indicator.measureId) ?? indicator.measureId })
              : t('indicators.ofGoal'),
        },
        { header: t('indicators.unit'), cell: (indicator) => indicator.unit, content: true },
        { header: t('indicators.direction'), cell: (indicator) => t(`enums.direction.${indicator.direction}`) },
        { header: t('indicators.baseline'), cell: (indicator) => valueAt(indicator.baselineValue, indicator.baselineYear) },
        { header: t('indicators.target'), cell: (indicator) => valueAt(indicator.targetValue, indicator.targetYear) },
        { header: t('indicators.dataSource'), cell: (indicator) => indicator.dataSource || t('list.none'), content: true },
      ]}
      rowName={(indicator) => indicator.name}
      actions={(indicator) => [
        { label: t('list.edit'), onClick: () => section.open({ kind: 'indicator', indicator }) },
        rows.action(indicator),
      ]}
    />
  )
}
