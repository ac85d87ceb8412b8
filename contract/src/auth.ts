import { z } from 'zod'
import { Role } from './enums'
import { EMAIL_MAX, PASSWORD_MAX } from './limits'

export const Email = z.string().trim().toLowerCase().max(EMAIL_MAX).pipe(z.email())

export const LoginRequest = z.strictObject({ email: Email, password: z.string().min(1).max(PASSWORD_MAX) }).meta({ id: 'LoginRequest' })
export const PasswordChange = z
  .strictObject({ currentPassword: z.string().min(1).max(PASSWORD_MAX), newPassword: z.string().min(1).max(PASSWORD_MAX) })
  .meta({ id: 'PasswordChange' })

/**
 * Where a sign-in stands: `signed-out`; `totp-required` (password accepted, the code is next);
 * `totp-setup-required` (OPK staff must set up two-factor authentication first); `signed-in`.
 */
export const SessionStage = z.enum(['signed-out', 'totp-required', 'totp-setup-required', 'signed-in'])

/**
 * What the signed-in user may start that has no object yet, as the routes' access decides it
 * (backend/src/auth/access.ts); all false until the sign-in is complete.
 */
export const SessionCan = z
  .object({
    /** create a report (lägesrapport): OPK staff */
    createReport: z.boolean(),
    /** review follow-ups (approve, return): OPK staff */
    review: z.boolean(),
    /** maintain the strategy, periods, organisations and users (Administration): OPK staff */
    administer: z.boolean(),
  })
  .meta({ id: 'SessionCan' })

export const SessionUser = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  role: Role,
  organisations: z.array(z.object({ id: z.number().int(), name: z.string() })),
  totpEnabled: z.boolean(),
  can: SessionCan,
})

/** The current session: send `csrfToken` as the X-CSRF-Token header with every POST, PATCH, PUT and DELETE. */
export const SessionInfo = z
  .object({ stage: SessionStage, user: SessionUser.nullable(), csrfToken: z.string().nullable(), oidcEnabled: z.boolean() })
  .meta({ id: 'SessionInfo' })

/** A six-digit code from the authenticator app (TOTP, RFC 6238). */
export const TotpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Ange den sexsiffriga koden från appen.')

/** Sign-in's second step: the code from the app, or one of the one-time recovery codes (`xxxx-xxxx-xxxx`). */
export const TotpVerify = z
  .strictObject({
    code: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^(\d{6}|[a-z0-9]{4}-?[a-z0-9]{4}-?[a-z0-9]{4})$/, 'Ange den sexsiffriga koden från appen eller en reservkod.'),
  })
  .meta({ id: 'TotpVerify' })

/** Confirms the set-up: the first code the app shows for the new secret. */
export const TotpEnable = z.strictObject({ code: TotpCode }).meta({ id: 'TotpEnable' })

/** Turning two-factor authentication off takes the password (not possible for OPK staff). */
export const TotpDisable = z.strictObject({ password: z.string().min(1).max(PASSWORD_MAX) }).meta({ id: 'TotpDisable' })

/** A new secret waiting for its first code: show `otpauthUri` as a QR code, `secret` for typing in by hand. */
export const TotpSetup = z
  .object({
    /** base32 */
    secret: z.string(),
    /** otpauth://totp/Uppf%C3%B6ljning:<e-mail>?secret=…&issuer=Uppf%C3%B6ljning&algorithm=SHA1&digits=6&period=30 */
    otpauthUri: z.string(),
  })
  .meta({ id: 'TotpSetup' })

/**
 * Two-factor authentication is on. `recoveryCodes` are shown this once (only their hashes are kept); each works once
 * instead of a code. `session` is the session as it now stands (a sign-in waiting for the set-up is complete).
 */
export const TotpEnabled = z.object({ recoveryCodes: z.array(z.string()), session: SessionInfo }).meta({ id: 'TotpEnabled' })

export type LoginRequest = z.infer<typeof LoginRequest>
export type PasswordChange = z.infer<typeof PasswordChange>
export type SessionStage = z.infer<typeof SessionStage>
export type SessionUser = z.infer<typeof SessionUser>
export type SessionCan = z.infer<typeof SessionCan>
export type SessionInfo = z.infer<typeof SessionInfo>
export type TotpVerify = z.infer<typeof TotpVerify>
export type TotpEnable = z.infer<typeof TotpEnable>
export type TotpDisable = z.infer<typeof TotpDisable>
export type TotpSetup = z.infer<typeof TotpSetup>
export type TotpEnabled = z.infer<typeof TotpEnabled>
