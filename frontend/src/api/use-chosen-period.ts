// The reporting period a results or report page is about. It lives in the address (`?period=12`), so a view can
// be linked to and bookmarked; without it the page shows the open period, else the latest closed one. The routes
// validate `period` with `periodSearchSchema` (app/router.tsx) and their loaders start the same reads as this hook.
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { useNavigate, useSearch } from '@tanstack/react-router'
import type { ReportingPeriod, Strategy } from '@uppfoljning/contract'
import { searchId, z } from '@/lib/search-schema'
import { latestReportedPeriod } from '@/lib/periods'
import { activeStrategyOf, getActiveStrategiesQueryOptions, useActiveStrategy } from './get-active-strategy'
import { getReportingPeriodsQueryOptions } from './get-reporting-periods'

/** `?period=12` of the results and report pages. */
export const periodSearchSchema = z.object({ period: searchId })

export type ChosenPeriod =
  | { state: 'loading' }
  | { state: 'error'; retry: () => void }
  /** no strategy in force, or none of its periods has opened yet */
  | { state: 'none'; strategy: Strategy | null }
  | {
      state: 'ready'
      strategy: Strategy
      /** the periods that have opened (open or closed), oldest first: the ones with figures */
      periods: ReportingPeriod[]
      period: ReportingPeriod
      /** shows another period (replaces the address's `period`, keeps the rest of the address) */
      choose: (periodId: number) => void
    }

/** The periods with figures (oldest first) and the one asked for, else the latest reported; null when none has opened. */
function choosePeriod(all: ReportingPeriod[], asked: number | undefined) {
  const reported = all.filter((p) => p.status !== 'planned').sort((a, b) => a.startsOn.localeCompare(b.startsOn))
  const period = reported.find((p) => p.id === asked) ?? latestReportedPeriod(reported)
  return { reported, period }
}

/** The strategy in force, its periods with figures, and the one the address asks for (or the latest reported). */
export function useChosenPeriod(): ChosenPeriod {
  const asked = useSearch({ strict: false, select: (search) => (typeof search.period === 'number' ? search.period : undefined) })
  const navigate = useNavigate()
  const strategy = useActiveStrategy()
  const strategyId = strategy.data?.id
  const periods = useQuery({ ...getReportingPeriodsQueryOptions(strategyId ?? 0), enabled: strategyId !== undefined })

  if (strategy.isError) return { state: 'error', retry: () => void strategy.refetch() }
  if (strategy.isPending) return { state: 'loading' }
  if (!strategy.data) return { state: 'none', strategy: null }
  if (periods.isError) return { state: 'error', retry: () => void periods.refetch() }
  if (periods.isPending) return { state: 'loading' }

  const { reported, period } = choosePeriod(periods.data.items, asked)
  if (!period) return { state: 'none', strategy: strategy.data }

  const choose = (periodId: number) =>
    void navigate({ to: '.', search: (prev) => ({ ...prev, period: periodId }), replace: true, resetScroll: false })
  return { state: 'ready', strategy: strategy.data, periods: reported, period, choose }
}

/**
 * For a route loader: the id of the period the page will show (the same rule as useChosenPeriod, through the same
 * queries), or null when there is none or a read failed (the page then shows its own state).
 */
export async function ensureChosenPeriodId(queryClient: QueryClient, asked: number | undefined): Promise<number | null> {
  try {
    const strategy = activeStrategyOf(await queryClient.ensureQueryData(getActiveStrategiesQueryOptions()))
    if (!strategy) return null
    const periods = await queryClient.ensureQueryData(getReportingPeriodsQueryOptions(strategy.id))
    return choosePeriod(periods.items, asked).period?.id ?? null
  } catch {
    return null
  }
}
