import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { SessionInfo } from '@uppfoljning/contract'
import { useEffect } from 'react'
import { sessionKeys } from '@/api/query-keys'
import { api, onUnauthenticated, setCsrfToken } from '@/lib/api-client'

export const sessionQueryKey = sessionKeys.session

/** GET /auth/session (public). Hands the session's CSRF token to the api client. */
export async function getSession(signal?: AbortSignal): Promise<SessionInfo> {
  const session = await api.get<SessionInfo>('/auth/session', undefined, signal)
  setCsrfToken(session.csrfToken)
  return session
}

export const getSessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => getSession(signal),
  })

export const useSession = () => useQuery(getSessionQueryOptions())

/**
 * After sign-in, the second factor and sign-out: nothing cached under the previous session survives, the
 * new session shows at once (set before any navigation, so the next render already sees it), and it is
 * fetched again from the server.
 */
export function startSession(queryClient: QueryClient, session: SessionInfo) {
  setCsrfToken(session.csrfToken)
  // not clear(): the header and the sign-in page keep observing the session query itself
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] })
  queryClient.setQueryData(sessionQueryKey, session)
  void queryClient.invalidateQueries({ queryKey: sessionQueryKey, refetchType: 'all' })
}

/**
 * A 401 from any request means the session has ended on the server (idle too long, past its end, signed out
 * elsewhere): the app then knows it is signed out, and pages that need sign-in send the user to the sign-in
 * page (components/RequireSignIn.tsx), remembering where they were.
 */
export function useEndSessionOnUnauthenticated() {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      onUnauthenticated(() => {
        setCsrfToken(null)
        queryClient.setQueryData<SessionInfo>(sessionQueryKey, (old) => ({
          stage: 'signed-out',
          user: null,
          csrfToken: null,
          oidcEnabled: old?.oidcEnabled ?? false,
        }))
        void queryClient.invalidateQueries({ queryKey: sessionQueryKey })
      }),
    [queryClient],
  )
}
