// Passwords: argon2id (OWASP parameters: 19 MiB, 2 iterations, 1 lane), never truncated; weak ones refused.
import { hash, verify } from '@node-rs/argon2'

const OPTIONS = { algorithm: 2 /* Argon2id (a const enum, not importable here) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export const hashPassword = (password: string) => hash(password, OPTIONS)

/** Constant work whether or not the user exists: verify against a dummy hash when there is none. */
let dummy: Promise<string> | undefined
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  dummy ??= hashPassword('ingen-användare-har-detta-lösenord')
  const stored = passwordHash ?? (await dummy)
  const ok = await verify(stored, password).catch(() => false)
  return ok && passwordHash != null
}

/** Common and breached passwords, Swedish ones included, compared case-insensitively without digits at the end. */
const COMMON = new Set([
  'password', 'lösenord', 'losenord', 'qwerty', 'qwertyui', 'abc', 'abcdef', 'letmein', 'welcome', 'välkommen', 'valkommen',
  'sommar', 'vinter', 'hösten', 'hosten', 'våren', 'varen', 'hejsan', 'hemligt', 'sverige', 'stockholm', 'admin',
  'iloveyou', 'monkey', 'dragon', 'football', 'fotboll', 'master', 'sunshine', 'princess', 'kalle', 'anka', 'kalleanka',
  'test', 'testtest', 'uppfoljning', 'uppföljning', 'kvinnofrid', 'operation', 'changeme', 'secret', 'passw0rd',
])

/** A Swedish message when the password is too weak, else null. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < 8) return 'Lösenordet måste ha minst 8 tecken.'
  if ([...password].length > 256) return 'Lösenordet får ha högst 256 tecken.'
  const core = password.toLowerCase().replace(/[\d!?.#]+$/u, '')
  if (COMMON.has(core) || /^(\d)\1*$/.test(password) || /^(0123456789|123456789|12345678)/.test(password))
    return 'Lösenordet är för vanligt och lätt att gissa. Välj ett längre, t.ex. en mening med några ord.'
  return null
}
