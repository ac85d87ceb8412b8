import type { GoalProgress, ReportChanges, ReportSnapshot, SubGoalProgress } from '@uppfoljning/contract'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { Points, Share } from './Figures'
import { indicatorSummary } from './GoalOverview'
import { IndicatorValue } from './IndicatorTable'

type Props = {
  snapshot: ReportSnapshot
  changes: ReportChanges | null
  /** the goal's analysis: the text as written, or a field for it while OPK staff write the draft */
  analysis: (goal: GoalProgress | SubGoalProgress) => ReactNode
}

/** Goal by goal: the frozen figures and what they rest on, then OPK staff's analysis. Sub-goals follow their goal. */
export function GoalSections({ snapshot, changes, analysis }: Props) {
  return (
    <>
      {snapshot.goals.goals.map((goal) => (
        <GoalSection key={goal.goalId} goal={goal} level={3} changes={changes} analysis={analysis}>
          {goal.subGoals.map((sub) => (
            <GoalSection key={sub.goalId} goal={sub} level={4} changes={changes} analysis={analysis} />
          ))}
        </GoalSection>
      ))}
    </>
  )
}

type SectionProps = Omit<Props, 'snapshot'> & { goal: GoalProgress | SubGoalProgress; level: 3 | 4; children?: ReactNode }

function GoalSection({ goal, level, changes, analysis, children }: SectionProps) {
  const { t } = useTranslation('reports')
  const Heading = level === 3 ? 'h3' : 'h4'
  const headingId = `report-goal-${goal.goalId}`
  const { counted, leftOut } = goal.progress
  const since = changes?.goals.find((g) => g.goalId === goal.goalId)
  return (
    <section className={level === 3 ? 'report-goal' : 'report-goal report-sub-goal'} aria-labelledby={headingId}>
      <Heading id={headingId} lang={CONTENT_LANGUAGE}>
        {t(level === 3 ? 'goalSections.goal' : 'goalSections.subGoal', { code: goal.code })} {goal.title}
      </Heading>
      <dl className="report-figures">
        <div>
          <dt>{t('goals.progress')}</dt>
          <dd>
            <Share share={goal.progress.progress} missing={t('missing.progress')} bar />
            <span className="report-basis">
              {t('goalSections.progressBasis', { count: counted.actions, measures: counted.measures })}
              {leftOut.missingActions > 0 && ` ${t('goalSections.missingActions', { count: leftOut.missingActions })}`}
              {leftOut.cancelledActions > 0 && ` ${t('goalSections.cancelledActions', { count: leftOut.cancelledActions })}`}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('goalSections.changeSincePeriod')}</dt>
          <dd>
            <Points change={goal.progress.change} missing={t('missing.change')} withUnit />
          </dd>
        </div>
        {changes && (
          <div>
            <dt>{t('goalSections.changeSinceReport')}</dt>
            <dd>
              <Points change={since?.progress.change ?? null} missing={t('missing.changeSinceReport')} withUnit />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('goals.coverage')}</dt>
          <dd>
            <Share share={goal.coverage.coverage} missing={t('missing.coverage')} bar />
            <span className="report-basis">
              {t('goalSections.coverageBasis', { covered: goal.coverage.covered, expected: goal.coverage.expected })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('goals.indicators')}</dt>
          <dd>
            {indicatorSummary(t, goal.indicators.summary)}
            {goal.indicators.items.length > 0 && (
              <ul className="report-indicator-list">
                {goal.indicators.items.map((indicator) => (
                  <li key={indicator.indicatorId}>
                    <span lang={CONTENT_LANGUAGE}>{indicator.name}</span>: <IndicatorValue indicator={indicator} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <div className="report-analysis">{analysis(goal)}</div>
      {children}
    </section>
  )
}

/** A goal's analysis as written, or a calm note that there is none. */
export function AnalysisText({ text }: { text: string | undefined }) {
  const { t } = useTranslation('reports')
  return (
    <>
      <p className="report-label">{t('goalSections.analysis')}</p>
      {text && text.trim() ? (
        <p className="report-text" lang={CONTENT_LANGUAGE}>
          {text}
        </p>
      ) : (
        <p className="report-none">{t('goalSections.noAnalysis')}</p>
      )}
    </>
  )
}
