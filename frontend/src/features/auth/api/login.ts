import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LoginRequest, SessionInfo } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { startSession } from './get-session'

/** POST /auth/login — 401 wrong e-mail or password, 429 too many failed attempts. */
export const login = (body: LoginRequest) => api.post<SessionInfo>('/auth/login', body, { signInStep: true })

/** Signs in; the session that comes back is signed-in or waits for a one-time code (totp-required). */
export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => startSession(queryClient, session),
  })
}
