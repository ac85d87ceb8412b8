import type { LinkOptions } from '@tanstack/react-router'
import type { Goal, Measure } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { Link } from '@/components/ui/Link'
import { useSetGoalArchived } from '../../api/save-goal'
import { ListTable } from '../shared/ListTable'
import type { SectionState } from '../shared/section-state'
import { useArchiveRow } from '../shared/use-archive-row'
import type { useConfirm } from '../shared/use-confirm'
import type { StrategyEditing } from './editing'

type Props = {
  /** in reading order (goalsInOrder) */
  goals: Goal[]
  measures: Measure[]
  selectedId: number | null
  linkOf: (goalId: number) => LinkOptions
  /** a goal's link was followed: its measures and indicators open below */
  onSelect: () => void
  section: SectionState<StrategyEditing>
  ask: ReturnType<typeof useConfirm>['ask']
}

/** The strategy's goals and sub-goals; each title opens the goal's measures and indicators. */
export function GoalTable({ goals, measures, selectedId, linkOf, onSelect, section, ask }: Props) {
  const { t } = useTranslation('admin')
  const byId = new Map(goals.map((g) => [g.id, g]))
  const parentOf = (goal: Goal) => (goal.parentId ? byId.get(goal.parentId) : undefined)
  const rows = useArchiveRow({
    mutation: useSetGoalArchived(),
    section,
    ask,
    question: (goal: Goal) => ({
      title: t('goals.archiveTitle', { code: goal.code }),
      body: t('goals.archiveBody'),
      confirmLabel: t('list.archive'),
    }),
    done: (goal, archived) => t(archived ? 'goals.archived' : 'goals.restored', { code: goal.code }),
  })
  const none = t('list.none')
  return (
    <ListTable
      caption={t('goals.caption', { count: goals.length })}
      rows={goals}
      columns={[
        { header: t('goals.code'), cell: (goal) => <span className="code">{goal.code}</span> },
        {
          header: t('goals.title'),
          cell: (goal) => (
            <Link {...linkOf(goal.id)} aria-current={goal.id === selectedId ? 'true' : undefined} onClick={onSelect}>
              {goal.title}
            </Link>
          ),
          rowHeader: true,
          content: true,
          className: (goal) => (parentOf(goal) ? 'admin-sub-goal' : undefined),
        },
        { header: t('goals.parentColumn'), cell: (goal) => parentOf(goal)?.code ?? none },
        { header: t('goals.nationalGoal'), cell: (goal) => (goal.nationalGoal ? t(`enums.nationalGoal.${goal.nationalGoal}`) : none) },
        { header: t('goals.measureCount'), cell: (goal) => measures.filter((m) => m.goalId === goal.id && !m.archivedAt).length },
      ]}
      rowName={(goal) => `${goal.code} ${goal.title}`}
      actions={(goal) => [{ label: t('list.edit'), onClick: () => section.open({ kind: 'goal', goal }) }, rows.action(goal)]}
    />
  )
}
