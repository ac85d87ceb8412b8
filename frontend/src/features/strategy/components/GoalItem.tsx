import type { Measure } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import type { GoalNode } from '../goal-tree'
import type { StrategyDetails } from '../strategy-details'
import { IndicatorList } from './IndicatorList'
import { MeasureActorsLine } from './MeasureActorsLine'

type Level = 3 | 4 | 5 | 6
const heading = (level: Level) => `h${level}` as const
const below = (level: Level): Level => Math.min(level + 1, 6) as Level

/** One goal: its heading, description, indicators, measures, then its sub-goals (delmål) one heading level down. */
export function GoalItem({ node, level, details }: { node: GoalNode; level: Level; details: StrategyDetails }) {
  const { t } = useTranslation()
  const { t: tx } = useTranslation('overview')
  const { goal, measures, subGoals } = node
  const Heading = heading(level)
  const SubHeading = heading(below(level))
  const indicators = details.indicatorsByGoal.get(goal.id) ?? []
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
      {indicators.length > 0 && (
        <>
          <SubHeading className="list-heading">{tx('strategy.indicators.heading')}</SubHeading>
          <IndicatorList indicators={indicators} periods={details.periods} />
        </>
      )}
      {/* a goal whose measures all sit under its sub-goals says nothing about measures itself */}
      {(measures.length > 0 || subGoals.length === 0) && (
        <>
          <SubHeading className="list-heading">{t('measures.heading')}</SubHeading>
          {measures.length === 0 ? (
            <p className="state state-empty">{t('measures.empty')}</p>
          ) : (
            <MeasureList measures={measures} details={details} />
          )}
        </>
      )}
      {subGoals.length > 0 && (
        <ol className="goals sub-goals" aria-label={t('goals.subGoals')}>
          {subGoals.map((sub) => (
            <GoalItem key={sub.goal.id} node={sub} level={below(level)} details={details} />
          ))}
        </ol>
      )}
    </li>
  )
}

function MeasureList({ measures, details }: { measures: Measure[]; details: StrategyDetails }) {
  const { t: tx } = useTranslation('overview')
  return (
    <ul className="measures">
      {measures.map((measure) => {
        const indicators = details.indicatorsByMeasure.get(measure.id) ?? []
        return (
          <li key={measure.id} className="measure">
            <span lang={CONTENT_LANGUAGE}>
              <span className="code">{measure.code}</span> <span className="measure-title">{measure.title}</span>
            </span>
            {measure.description && (
              <p className="description" lang={CONTENT_LANGUAGE}>
                {measure.description}
              </p>
            )}
            {details.actors && <MeasureActorsLine actors={details.actors.get(measure.id)} />}
            {indicators.length > 0 && (
              <>
                <p className="strategy-label">{tx('strategy.indicators.ofMeasure', { count: indicators.length })}</p>
                <IndicatorList indicators={indicators} periods={details.periods} />
              </>
            )}
          </li>
        )
      })}
    </ul>
  )
}
