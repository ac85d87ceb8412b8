import { useEffect, useRef, type RefObject } from 'react'
import type { Goal, Indicator, Measure } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import type { SectionState } from '../shared/section-state'
import { Toolbar } from '../shared/Toolbar'
import type { useConfirm } from '../shared/use-confirm'
import type { StrategyEditing } from './editing'
import { IndicatorForm } from './IndicatorForm'
import { IndicatorTable } from './IndicatorTable'
import { MeasureForm } from './MeasureForm'
import { MeasureTable } from './MeasureTable'

type Props = {
  goal: Goal
  /** the goal's measures, in order */
  measures: Measure[]
  /** the indicators of the goal and of its measures */
  indicators: Indicator[]
  organisationNames: Map<number, string>
  section: SectionState<StrategyEditing>
  ask: ReturnType<typeof useConfirm>['ask']
  /** set when the user chose this goal from the list: the heading then takes the focus */
  focusRequested: RefObject<boolean>
}

/** One goal's measures and indicators, each list with its form. */
export function GoalDetail({ goal, measures, indicators, organisationNames, section, ask, focusRequested }: Props) {
  const { t } = useTranslation('admin')
  const heading = useRef<HTMLHeadingElement>(null)
  const current = section.current

  useEffect(() => {
    if (!focusRequested.current) return
    focusRequested.current = false
    heading.current?.focus()
  }, [goal.id, focusRequested])

  return (
    <section className="admin-goal-detail" aria-labelledby="admin-goal-detail-title">
      <h3 id="admin-goal-detail-title" ref={heading} tabIndex={-1}>
        {t('goals.detailTitle')} <span lang={CONTENT_LANGUAGE}>{`${goal.code} ${goal.title}`}</span>
      </h3>
      {goal.archivedAt && <p className="notice">{t('goals.isArchived')}</p>}

      <h4>{t('measures.heading')}</h4>
      <Toolbar newLabel={t('measures.new')} onNew={() => section.open({ kind: 'measure', measure: null })} />
      {current?.kind === 'measure' && (
        <MeasureForm
          key={`${goal.id}-${current.measure?.id ?? 'new'}`}
          goal={goal}
          siblings={measures}
          measure={current.measure}
          section={section}
        />
      )}
      <MeasureTable goalCode={goal.code} measures={measures} organisationNames={organisationNames} section={section} ask={ask} />

      <h4>{t('indicators.heading')}</h4>
      <Toolbar newLabel={t('indicators.new')} onNew={() => section.open({ kind: 'indicator', indicator: null })} />
      {current?.kind === 'indicator' && (
        <IndicatorForm
          key={`${goal.id}-${current.indicator?.id ?? 'new'}`}
          goal={goal}
          measures={measures}
          indicator={current.indicator}
          section={section}
        />
      )}
      <IndicatorTable goalCode={goal.code} indicators={indicators} measures={measures} section={section} ask={ask} />
    </section>
  )
}
