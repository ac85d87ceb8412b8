// Two-factor authentication: TOTP codes (RFC 6238 as every authenticator app reads it: HMAC-SHA-1, 6 digits,
// 30-second steps) and one-time recovery codes, of which only a sha256 is kept.
import { createHash, randomInt } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'

const ISSUER = 'Uppföljning'
const PARAMS = { algorithm: 'SHA1', digits: 6, period: 30 } as const
/** the step before and the one after are accepted too: phone clocks drift */
const WINDOW = 1

/** A new random secret (160 bits, as RFC 4226 recommends for SHA-1), base32. */
export const newTotpSecret = () => new Secret({ size: 20 }).base32

/** The key URI an authenticator app reads from a QR code. */
export const otpauthUri = (secret: string, email: string) =>
  new TOTP({ issuer: ISSUER, label: email, secret: Secret.fromBase32(secret), ...PARAMS }).toString()

/**
 * The time step (counter) the code belongs to, or null when the code is wrong. Callers refuse a step that was already
 * used, so that a code works once.
 */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secret), ...PARAMS, timestamp: now, window: WINDOW })
  return delta === null ? null : TOTP.counter({ period: PARAMS.period, timestamp: now }) + delta
}

/** Is this a code from the app (else it may be a recovery code)? */
export const isTotpCode = (code: string) => /^\d{6}$/.test(code)

/** no 0/o, 1/l/i: read off paper and typed in by hand */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')

/** New recovery codes, `xxxx-xxxx-xxxx` (about 59 bits each). */
export const newRecoveryCodes = (count = 10) => Array.from({ length: count }, () => `${group()}-${group()}-${group()}`)

/** What is stored of a recovery code: the sha256 of its letters and digits, so case and dashes don't matter. */
export const recoveryCodeDigest = (code: string) =>
  createHash('sha256')
    .update(code.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .digest('hex')
