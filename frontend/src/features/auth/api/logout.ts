import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import type { SessionInfo } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { SIGN_IN_PATH } from '../paths'
import { startSession } from './get-session'

/** POST /auth/logout — the session ends on the server. */
export const logout = () => api.post<SessionInfo>('/auth/logout')

/**
 * Signs out and forgets everything cached for the user; then shows the sign-in page, unless `stay`
 * (cancelling a sign-in that waits for its one-time code, on the sign-in page already).
 */
export function useLogout({ stay = false }: { stay?: boolean } = {}) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: logout,
    onSuccess: (session) => {
      startSession(queryClient, session)
      if (!stay) void navigate({ to: SIGN_IN_PATH })
    },
  })
}
