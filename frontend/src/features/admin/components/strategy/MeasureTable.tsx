import type { Measure } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { formatYearRange } from '@/lib/format'
import { useSetMeasureArchived } from '../../api/save-measure'
import { ListTable } from '../shared/ListTable'
import type { SectionState } from '../shared/section-state'
import { useArchiveRow } from '../shared/use-archive-row'
import type { useConfirm } from '../shared/use-confirm'
import type { StrategyEditing } from './editing'

type Props = {
  goalCode: string
  measures: Measure[]
  /** organisation names by id (for the specific organisations expected to act) */
  organisationNames: Map<number, string>
  section: SectionState<StrategyEditing>
  ask: ReturnType<typeof useConfirm>['ask']
}

/** A goal's measures: who is expected to act, for whom, against which violence, at which level, when. */
export function MeasureTable({ goalCode, measures, organisationNames, section, ask }: Props) {
  const { t } = useTranslation('admin')
  const rows = useArchiveRow({
    mutation: useSetMeasureArchived(),
    section,
    ask,
    question: (measure: Measure) => ({
      title: t('measures.archiveTitle', { code: measure.code }),
      body: t('measures.archiveBody'),
      confirmLabel: t('list.archive'),
    }),
    done: (measure, archived) => t(archived ? 'measures.archived' : 'measures.restored', { code: measure.code }),
  })
  if (measures.length === 0) return <EmptyState>{t('measures.empty')}</EmptyState>
  const list = (labels: string[]) => (labels.length ? labels.join(', ') : t('list.none'))
  const expected = (measure: Measure) => [
    ...measure.expectedKinds.map((kind) => t(`enums.expectedKind.${kind}`)),
    ...measure.expectedOrganisationIds.map((id) => organisationNames.get(id) ?? `#${id}`),
  ]
  const years = ({ activeFromYear: from, activeToYear: to }: Measure) =>
    from && to
      ? formatYearRange(from, to)
      : from
        ? t('measures.from', { year: from })
        : to
          ? t('measures.until', { year: to })
          : t('list.none')
  return (
    <ListTable
      caption={t('measures.caption', { code: goalCode, count: measures.length })}
      rows={measures}
      columns={[
        { header: t('measures.code'), cell: (measure) => <span className="code">{measure.code}</span> },
        { header: t('measures.title'), cell: (measure) => measure.title, rowHeader: true, content: true },
        { header: t('measures.expectedColumn'), cell: (measure) => list(expected(measure)) },
        { header: t('measures.targetGroups'), cell: (measure) => list(measure.targetGroups.map((g) => t(`enums.targetGroup.${g}`))) },
        { header: t('measures.violenceAreas'), cell: (measure) => list(measure.violenceAreas.map((a) => t(`enums.violenceArea.${a}`))) },
        {
          header: t('measures.preventionLevels'),
          cell: (measure) => list(measure.preventionLevels.map((l) => t(`enums.preventionLevel.${l}`))),
        },
        { header: t('measures.activeYears'), cell: years },
      ]}
      rowName={(measure) => `${measure.code} ${measure.title}`}
      actions={(measure) => [{ label: t('list.edit'), onClick: () => section.open({ kind: 'measure', measure }) }, rows.action(measure)]}
    />
  )
}
