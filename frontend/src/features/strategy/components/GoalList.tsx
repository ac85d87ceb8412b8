import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { useGoals } from '../api/get-goals'
import { useMeasures } from '../api/get-measures'
import { goalTree } from '../goal-tree'
import { GoalItem } from './GoalItem'

// The API's largest page. A county strategy has tens of goals and measures; should one ever exceed it,
// the page says how many are left out rather than pretending to be complete.
const ALL = 200

/** The strategy's goals, each with its measures: two requests, grouped here. */
export function GoalList({ strategyId }: { strategyId: number }) {
  const { t } = useTranslation()
  const goals = useGoals({ strategyId, pageSize: ALL })
  const measures = useMeasures({ strategyId, pageSize: ALL })

  let body
  if (goals.isPending || measures.isPending) {
    body = <LoadingState>{t('goals.loading')}</LoadingState>
  } else if (goals.isError || measures.isError) {
    const error = (goals.error ?? measures.error) as Error
    body = (
      <LoadError
        error={error}
        onRetry={() => {
          if (goals.isError) void goals.refetch()
          if (measures.isError) void measures.refetch()
        }}
      />
    )
  } else if (goals.data.items.length === 0) {
    body = <EmptyState>{t('goals.empty')}</EmptyState>
  } else {
    const tree = goalTree(goals.data.items, measures.data.items)
    const { total, items } = measures.data
    body = (
      <>
        <p className="count">{t('goals.count', { count: tree.length })}</p>
        {total > items.length && <p className="notice">{t('measures.truncated', { shown: items.length, total })}</p>}
        <ol className="goals">
          {tree.map((node) => (
            <GoalItem key={node.goal.id} node={node} level={3} />
          ))}
        </ol>
      </>
    )
  }

  return (
    <section className="goal-section" aria-labelledby="goals-heading">
      <h2 id="goals-heading">{t('goals.heading')}</h2>
      {body}
    </section>
  )
}
