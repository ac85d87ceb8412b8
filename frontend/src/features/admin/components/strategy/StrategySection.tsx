import { useSearch } from '@tanstack/react-router'
import { useEffect, useRef, useState } from 'react'
import type { Strategy } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { useGoals } from '@/api/get-goals'
import { useIndicators } from '@/api/get-indicators'
import { useMeasures } from '@/api/get-measures'
import { useAllOrganisations } from '@/api/get-organisations'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { ArchivedToggle } from '../shared/ArchivedToggle'
import { SectionFeedback } from '../shared/SectionFeedback'
import { useSectionState } from '../shared/section-state'
import { StrategyInForce } from '../shared/StrategyInForce'
import { Toolbar } from '../shared/Toolbar'
import { useConfirm } from '../shared/use-confirm'
import { byOrder, goalsInOrder, type StrategyEditing } from './editing'
import { GoalDetail } from './GoalDetail'
import { GoalForm } from './GoalForm'
import { GoalTable } from './GoalTable'
import { StrategyForm } from './StrategyForm'
import { StrategySummary } from './StrategySummary'

// The API's largest page: a strategy has tens of goals and measures.

/** /administration/strategi: the strategy in force, its goals, and one goal's measures and indicators. */
export function StrategySection() {
  const { t } = useTranslation('admin')
  return <StrategyInForce title={t('sections.strategi.title')}>{(strategy) => <StrategyEditor strategy={strategy} />}</StrategyInForce>
}

function StrategyEditor({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation('admin')
  const section = useSectionState<StrategyEditing>()
  const confirm = useConfirm()
  const [showArchived, setShowArchived] = useState(false)
  const goals = useGoals(strategy.id, showArchived)
  const measures = useMeasures(strategy.id, showArchived)
  const indicators = useIndicators(strategy.id, showArchived)
  const organisations = useAllOrganisations()
  // the goal whose measures and indicators are shown: /administration/strategi?mal=7 (validated by the route)
  const selectedId = useSearch({ strict: false, select: (search) => search.mal }) ?? null
  const focusRequested = useRef(false)
  const current = section.current

  // a measure or indicator form belongs to the goal it was opened under: choosing another goal closes it
  const shownGoal = useRef(selectedId)
  useEffect(() => {
    if (shownGoal.current === selectedId) return
    shownGoal.current = selectedId
    if (current?.kind === 'measure' || current?.kind === 'indicator') section.close(undefined, false)
  }, [selectedId, current, section])

  let list
  if (goals.isPending || measures.isPending || indicators.isPending) list = <LoadingState>{t('goals.loading')}</LoadingState>
  else if (goals.isError || measures.isError || indicators.isError) {
    const error = (goals.error ?? measures.error ?? indicators.error)!
    list = (
      <LoadError
        error={error}
        onRetry={() => {
          void goals.refetch()
          void measures.refetch()
          void indicators.refetch()
        }}
      />
    )
  } else if (goals.data.items.length === 0) list = <EmptyState>{t('goals.empty')}</EmptyState>
  else
    list = (
      <GoalTable
        goals={goalsInOrder(goals.data.items)}
        measures={measures.data.items}
        selectedId={selectedId}
        linkOf={(goalId) => ({ to: '.', search: { mal: goalId }, resetScroll: false })}
        onSelect={() => {
          focusRequested.current = true
        }}
        section={section}
        ask={confirm.ask}
      />
    )

  const selected = goals.data?.items.find((g) => g.id === selectedId)
  const goalMeasures = selected ? (measures.data?.items ?? []).filter((m) => m.goalId === selected.id).sort(byOrder) : []
  const measureIds = new Set(goalMeasures.map((m) => m.id))
  const goalIndicators = selected
    ? (indicators.data?.items ?? []).filter((i) => i.goalId === selected.id || (i.measureId !== null && measureIds.has(i.measureId)))
    : []
  const organisationNames = new Map((organisations.data?.items ?? []).map((o) => [o.id, o.name]))

  return (
    <>
      <SectionFeedback
        section={section}
        onReload={() => {
          void goals.refetch()
          void measures.refetch()
          void indicators.refetch()
        }}
      />
      <StrategySummary strategy={strategy} onEdit={() => section.open({ kind: 'strategy' })} />
      {current?.kind === 'strategy' && <StrategyForm key={strategy.id} strategy={strategy} section={section} />}

      <section aria-labelledby="admin-goals-title">
        <h3 id="admin-goals-title">{t('goals.heading')}</h3>
        <p className="field-hint">{t('goals.intro')}</p>
        <Toolbar newLabel={t('goals.new')} onNew={() => section.open({ kind: 'goal', goal: null })}>
          <ArchivedToggle id="admin-goals-archived" label={t('list.showArchived')} checked={showArchived} onChange={setShowArchived} />
        </Toolbar>
        {current?.kind === 'goal' && (
          <GoalForm
            key={current.goal?.id ?? 'new'}
            strategyId={strategy.id}
            goals={goals.data?.items ?? []}
            goal={current.goal}
            section={section}
          />
        )}
        {list}
      </section>

      {selected && (
        <GoalDetail
          goal={selected}
          measures={goalMeasures}
          indicators={goalIndicators}
          organisationNames={organisationNames}
          section={section}
          ask={confirm.ask}
          focusRequested={focusRequested}
        />
      )}
      {confirm.dialog}
      {section.dialog}
    </>
  )
}
