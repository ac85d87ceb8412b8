import { z } from 'zod'
import { Role } from './enums'

export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email())

export const LoginRequest = z.strictObject({ email: Email, password: z.string().min(1).max(256) }).meta({ id: 'LoginRequest' })
export const PasswordChange = z
  .strictObject({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) })
  .meta({ id: 'PasswordChange' })

/**
 * Where a sign-in stands: `signed-out`; `totp-required` (password accepted, the code is next);
 * `totp-setup-required` (OPK staff must set up two-factor authentication first); `signed-in`.
 */
export const SessionStage = z.enum(['signed-out', 'totp-required', 'totp-setup-required', 'signed-in'])

export const SessionUser = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  role: Role,
  organisations: z.array(z.object({ id: z.number().int(), name: z.string() })),
  totpEnabled: z.boolean(),
})

/** The current session: send `csrfToken` as the X-CSRF-Token header with every POST, PATCH, PUT and DELETE. */
export const SessionInfo = z
  .object({ stage: SessionStage, user: SessionUser.nullable(), csrfToken: z.string().nullable(), oidcEnabled: z.boolean() })
  .meta({ id: 'SessionInfo' })

export type LoginRequest = z.infer<typeof LoginRequest>
export type PasswordChange = z.infer<typeof PasswordChange>
export type SessionStage = z.infer<typeof SessionStage>
export type SessionUser = z.infer<typeof SessionUser>
export type SessionInfo = z.infer<typeof SessionInfo>
