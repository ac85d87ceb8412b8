// The reporting period a results or report page is about. It lives in the address (`?period=12`), so a view can
// be linked to and bookmarked; without it the page shows the open period, else the latest closed one.
import { useQuery } from '@tanstack/react-query'
import type { ReportingPeriod, Strategy } from '@uppfoljning/contract'
import { latestReportedPeriod } from '@/lib/periods'
import { navigate, usePathname, useSearch } from '@/lib/navigation'
import { useActiveStrategy } from './get-active-strategy'
import { getReportingPeriodsQueryOptions } from './get-reporting-periods'

export const PERIOD_PARAM = 'period'

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

/** The strategy in force, its periods with figures, and the one the address asks for (or the latest reported). */
export function useChosenPeriod(): ChosenPeriod {
  const pathname = usePathname()
  const search = useSearch()
  const strategy = useActiveStrategy()
  const strategyId = strategy.data?.id
  const periods = useQuery({ ...getReportingPeriodsQueryOptions(strategyId ?? 0), enabled: strategyId !== undefined })

  if (strategy.isError) return { state: 'error', retry: () => void strategy.refetch() }
  if (strategy.isPending) return { state: 'loading' }
  if (!strategy.data) return { state: 'none', strategy: null }
  if (periods.isError) return { state: 'error', retry: () => void periods.refetch() }
  if (periods.isPending) return { state: 'loading' }

  const reported = periods.data.items.filter((p) => p.status !== 'planned').sort((a, b) => a.startsOn.localeCompare(b.startsOn))
  const params = new URLSearchParams(search)
  const asked = reported.find((p) => String(p.id) === params.get(PERIOD_PARAM))
  const period = asked ?? latestReportedPeriod(reported)
  if (!period) return { state: 'none', strategy: strategy.data }

  const choose = (periodId: number) => {
    const next = new URLSearchParams(search)
    next.set(PERIOD_PARAM, String(periodId))
    navigate(`${pathname}?${next}`, { replace: true })
  }
  return { state: 'ready', strategy: strategy.data, periods: reported, period, choose }
}
