import type { Measure } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import type { GoalNode } from '../goal-tree'

type Level = 3 | 4 | 5 | 6
const heading = (level: Level) => `h${level}` as const
const below = (level: Level): Level => Math.min(level + 1, 6) as Level

/** One goal: its heading, description, measures, then its sub-goals (delmål) one heading level down. */
export function GoalItem({ node, level }: { node: GoalNode; level: Level }) {
  const { t } = useTranslation()
  const { goal, measures, subGoals } = node
  const Heading = heading(level)
  const SubHeading = heading(below(level))
  return (
    <li className={level === 3 ? 'goal' : 'goal sub-goal'}>
      <Heading className="goal-title" lang={CONTENT_LANGUAGE}>
        <span className="code">{goal.code}</span> {goal.title}
      </Heading>
      {goal.description && (
        <p className="description" lang={CONTENT_LANGUAGE}>
          {goal.description}
        </p>
      )}
      {/* a goal whose measures all sit under its sub-goals says nothing about measures itself */}
      {(measures.length > 0 || subGoals.length === 0) && (
        <>
          <SubHeading className="list-heading">{t('measures.heading')}</SubHeading>
          {measures.length === 0 ? <p className="state state-empty">{t('measures.empty')}</p> : <MeasureList measures={measures} />}
        </>
      )}
      {subGoals.length > 0 && (
        <ol className="goals sub-goals" aria-label={t('goals.subGoals')}>
          {subGoals.map((sub) => (
            <GoalItem key={sub.goal.id} node={sub} level={below(level)} />
          ))}
        </ol>
      )}
    </li>
  )
}

function MeasureList({ measures }: { measures: Measure[] }) {
  return (
    <ul className="measures" lang={CONTENT_LANGUAGE}>
      {measures.map((measure) => (
        <li key={measure.id} className="measure">
          <span className="code">{measure.code}</span> <span className="measure-title">{measure.title}</span>
          {measure.description && <p className="description">{measure.description}</p>}
        </li>
      ))}
    </ul>
  )
}
