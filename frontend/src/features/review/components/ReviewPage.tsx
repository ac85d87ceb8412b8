import '../review.css'
import type { ReportingPeriod, Strategy } from '@uppfoljning/contract'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveStrategy } from '@/api/get-active-strategy'
import { useAllPlanActions } from '@/api/search-plan-actions'
import { useGoals } from '@/api/get-goals'
import { useAllOrganisations } from '@/api/get-organisations'
import { useReportingPeriods } from '@/api/get-reporting-periods'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { useReviewFilters } from '../review-filters'
import { FollowUpReview } from './FollowUpReview'
import { ReviewFiltersForm } from './ReviewFiltersForm'
import { ReviewQueue, type QueueLookups } from './ReviewQueue'

/** Granskning: the queue of follow-ups (filterable), and the one opened for review above it. */
export function ReviewPage() {
  const { t } = useTranslation('review')
  const strategy = useActiveStrategy()
  if (strategy.isPending) return <LoadingState>{t('loading')}</LoadingState>
  if (strategy.isError) return <LoadError error={strategy.error} onRetry={() => void strategy.refetch()} />
  if (!strategy.data) return <EmptyState>{t('noStrategy')}</EmptyState>
  return <WithPeriods strategy={strategy.data} />
}

function WithPeriods({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation('review')
  const periods = useReportingPeriods(strategy.id)
  if (periods.isPending) return <LoadingState>{t('loading')}</LoadingState>
  if (periods.isError) return <LoadError error={periods.error} onRetry={() => void periods.refetch()} />
  const current = currentPeriod(periods.data.items)
  if (!current) return <EmptyState>{t('noPeriod')}</EmptyState>
  return <Workspace strategy={strategy} periods={periods.data.items} current={current} />
}

/** The open period, else the latest closed one: what reviewers work on. */
function currentPeriod(periods: ReportingPeriod[]): ReportingPeriod | null {
  const latest = (status: ReportingPeriod['status']) =>
    periods.filter((p) => p.status === status).sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0]
  return latest('open') ?? latest('closed') ?? null
}

function Workspace({ strategy, periods, current }: { strategy: Strategy; periods: ReportingPeriod[]; current: ReportingPeriod }) {
  const { filters, linkTo, apply: applyFilters } = useReviewFilters()
  const organisations = useAllOrganisations()
  const goals = useGoals(strategy.id)
  const actions = useAllPlanActions(strategy.id)
  const queueHeading = useRef<HTMLHeadingElement>(null)

  // closing the open follow-up puts the reader back at the queue
  const wasOpen = useRef(filters.followUpId !== undefined)
  useEffect(() => {
    if (wasOpen.current && filters.followUpId === undefined) queueHeading.current?.focus()
    wasOpen.current = filters.followUpId !== undefined
  }, [filters.followUpId])

  const lookups: QueueLookups = {
    actions: new Map((actions.data ?? []).map((a) => [a.id, a])),
    organisations: new Map((organisations.data?.items ?? []).map((o) => [o.id, o.name])),
    periods: new Map(periods.map((p) => [p.id, p])),
  }
  const lookupsReady = !actions.isPending && !organisations.isPending
  const lookupError = actions.error ?? organisations.error

  return (
    <>
      <ReviewFiltersForm
        filters={filters}
        current={current}
        periods={periods}
        organisations={organisations.data?.items ?? []}
        goals={goals.data?.items ?? []}
        onChange={applyFilters}
        resetLink={linkTo({ periodId: undefined, organisationId: undefined, goalId: undefined, state: 'submitted', page: 1 })}
      />
      {filters.followUpId !== undefined && (
        <FollowUpReview key={filters.followUpId} id={filters.followUpId} lookups={lookups} closeLink={linkTo({ followUpId: undefined })} />
      )}
      {lookupError ? (
        <LoadError
          error={lookupError}
          onRetry={() => {
            if (actions.isError) void actions.refetch()
            if (organisations.isError) void organisations.refetch()
          }}
        />
      ) : (
        <ReviewQueue
          headingRef={queueHeading}
          query={{
            strategyId: strategy.id,
            periodId: filters.periodId ?? current.id,
            organisationId: filters.organisationId,
            goalId: filters.goalId,
            state: filters.state === 'all' ? undefined : filters.state,
            page: filters.page,
            pageSize: 50,
          }}
          lookups={lookupsReady ? lookups : null}
          openId={filters.followUpId}
          linkTo={linkTo}
        />
      )}
    </>
  )
}
