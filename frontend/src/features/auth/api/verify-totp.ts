import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { SessionInfo, TotpVerify } from '@uppfoljning/contract'
import { ApiError, api } from '@/lib/api-client'
import { sessionQueryKey, startSession } from './get-session'

/**
 * POST /auth/totp/verify — the code from the app (or a recovery code) of the stage totp-required; completes
 * the sign-in. A wrong code is a 401, too many a 429.
 */
export const verifyTotp = (body: TotpVerify) => api.post<SessionInfo>('/auth/totp/verify', body, { signInStep: true })

export function useVerifyTotp() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: verifyTotp,
    onSuccess: (session) => startSession(queryClient, session),
    // the waiting session may have ended meanwhile: then the page goes back to the password step
    onError: (error) => {
      if (error instanceof ApiError && error.status === 401) void queryClient.invalidateQueries({ queryKey: sessionQueryKey })
    },
  })
}
