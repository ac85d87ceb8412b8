// The one QueryClient. Its defaults are set here, once, on purpose.
import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-client'

const MAX_RETRIES = 2

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Strategies, goals and measures change a few times a year: 30 s spares the API a refetch on
        // every mount and window focus. Our own writes don't wait for it: each marks stale what it changed
        // (api/invalidation.ts); 30 s is how long someone else's change may take to show.
        staleTime: 30_000,
        // Retry only what may heal by itself (the network, a 5xx, 429). A 4xx answer will be the same
        // next time, so show it at once instead of after three round trips.
        retry: (failureCount, error) =>
          failureCount < MAX_RETRIES &&
          (!(error instanceof ApiError) || error.isNetworkError || error.status >= 500 || error.status === 429),
      },
      mutations: {
        // a write is never repeated behind the user's back
        retry: false,
      },
    },
  })
}
