import type { Measure } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { formatYearRange } from '@/lib/format'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { useSetMeasureArchived } from '../../api/save-measure'
import { DataTable } from '../shared/DataTable'
import { RowButton } from '../shared/RowButton'
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
    question: (measure: Measure) => ({ title: t('measures.archiveTitle', { code: measure.code }), body: t('measures.archiveBody'), confirmLabel: t('list.archive') }),
    done: (measure, archived) => t(archived ? 'measures.archived' : 'measures.restored', { code: measure.code }),
  })
  if (measures.length === 0) return <EmptyState>{t('measures.empty')}</EmptyState>
  const list = (labels: string[]) => (labels.length ? labels.join(', ') : t('list.none'))
  return (
    <DataTable caption={t('measures.caption', { code: goalCode, count: measures.length })}>
      <thead>
        <tr>
          <th scope="col">{t('measures.code')}</th>
          <th scope="col">{t('measures.title')}</th>
          <th scope="col">{t('measures.expectedColumn')}</th>
          <th scope="col">{t('measures.targetGroups')}</th>
          <th scope="col">{t('measures.violenceAreas')}</th>
          <th scope="col">{t('measures.preventionLevels')}</th>
          <th scope="col">{t('measures.activeYears')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('list.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {measures.map((measure) => {
          const row = `${measure.code} ${measure.title}`
          const expected = [
            ...measure.expectedKinds.map((kind) => t(`enums.expectedKind.${kind}`)),
            ...measure.expectedOrganisationIds.map((id) => organisationNames.get(id) ?? `#${id}`),
          ]
          const years =
            measure.activeFromYear && measure.activeToYear
              ? formatYearRange(measure.activeFromYear, measure.activeToYear)
              : measure.activeFromYear
                ? t('measures.from', { year: measure.activeFromYear })
                : measure.activeToYear
                  ? t('measures.until', { year: measure.activeToYear })
                  : t('list.none')
          return (
            <tr key={measure.id} className={measure.archivedAt ? 'admin-archived' : undefined}>
              <td>
                <span className="code">{measure.code}</span>
              </td>
              <th scope="row" lang={CONTENT_LANGUAGE}>
                {measure.title}
                {measure.archivedAt && <span className="admin-tag">{t('list.archivedTag')}</span>}
              </th>
              <td>{list(expected)}</td>
              <td>{list(measure.targetGroups.map((g) => t(`enums.targetGroup.${g}`)))}</td>
              <td>{list(measure.violenceAreas.map((a) => t(`enums.violenceArea.${a}`)))}</td>
              <td>{list(measure.preventionLevels.map((l) => t(`enums.preventionLevel.${l}`)))}</td>
              <td>{years}</td>
              <td>
                <div className="admin-row-actions">
                  <RowButton label={t('list.edit')} row={row} onClick={() => section.open({ kind: 'measure', measure })} />
                  {measure.archivedAt ? (
                    <RowButton label={t('list.restore')} row={row} onClick={() => rows.restore(measure)} />
                  ) : (
                    <RowButton label={t('list.archive')} row={row} onClick={() => rows.archive(measure)} />
                  )}
                </div>
              </td>
            </tr>
          )
        })}
      </tbody>
    </DataTable>
  )
}
