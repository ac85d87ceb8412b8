import type { Goal, Measure } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { Link } from '@/lib/navigation'
import { useSetGoalArchived } from '../../api/save-goal'
import { DataTable } from '../shared/DataTable'
import { RowButton } from '../shared/RowButton'
import type { SectionState } from '../shared/section-state'
import { useArchiveRow } from '../shared/use-archive-row'
import type { useConfirm } from '../shared/use-confirm'
import type { StrategyEditing } from './editing'

type Props = {
  /** in reading order (goalsInOrder) */
  goals: Goal[]
  measures: Measure[]
  selectedId: number | null
  hrefOf: (goalId: number) => string
  /** a goal's link was followed: its measures and indicators open below */
  onSelect: () => void
  section: SectionState<StrategyEditing>
  ask: ReturnType<typeof useConfirm>['ask']
}

/** The strategy's goals and sub-goals; each title opens the goal's measures and indicators. */
export function GoalTable({ goals, measures, selectedId, hrefOf, onSelect, section, ask }: Props) {
  const { t } = useTranslation('admin')
  const byId = new Map(goals.map((g) => [g.id, g]))
  const rows = useArchiveRow({
    mutation: useSetGoalArchived(),
    section,
    ask,
    question: (goal: Goal) => ({ title: t('goals.archiveTitle', { code: goal.code }), body: t('goals.archiveBody'), confirmLabel: t('list.archive') }),
    done: (goal, archived) => t(archived ? 'goals.archived' : 'goals.restored', { code: goal.code }),
  })
  return (
    <DataTable caption={t('goals.caption', { count: goals.length })}>
      <thead>
        <tr>
          <th scope="col">{t('goals.code')}</th>
          <th scope="col">{t('goals.title')}</th>
          <th scope="col">{t('goals.parentColumn')}</th>
          <th scope="col">{t('goals.nationalGoal')}</th>
          <th scope="col">{t('goals.measureCount')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('list.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {goals.map((goal) => {
          const parent = goal.parentId ? byId.get(goal.parentId) : undefined
          const row = `${goal.code} ${goal.title}`
          return (
            <tr key={goal.id} className={goal.archivedAt ? 'admin-archived' : undefined}>
              <td>
                <span className="code">{goal.code}</span>
              </td>
              <th scope="row" lang={CONTENT_LANGUAGE} className={parent ? 'admin-sub-goal' : undefined}>
                <Link href={hrefOf(goal.id)} aria-current={goal.id === selectedId ? 'true' : undefined} onClick={onSelect}>
                  {goal.title}
                </Link>
                {goal.archivedAt && <span className="admin-tag">{t('list.archivedTag')}</span>}
              </th>
              <td>{parent ? parent.code : t('list.none')}</td>
              <td>{goal.nationalGoal ? t(`enums.nationalGoal.${goal.nationalGoal}`) : t('list.none')}</td>
              <td>{measures.filter((m) => m.goalId === goal.id && !m.archivedAt).length}</td>
              <td>
                <div className="admin-row-actions">
                  <RowButton label={t('list.edit')} row={row} onClick={() => section.open({ kind: 'goal', goal })} />
                  {goal.archivedAt ? (
                    <RowButton label={t('list.restore')} row={row} onClick={() => rows.restore(goal)} />
                  ) : (
                    <RowButton label={t('list.archive')} row={row} onClick={() => rows.archive(goal)} />
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
