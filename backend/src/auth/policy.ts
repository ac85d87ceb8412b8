// What a user may do with an object, said once: each write's checks are a `Verdict` built by a policy function of
// its module (e.g. modules/follow-ups/follow-up-policy.ts). The service enforces the verdict (`enforce`, which throws
// the first refusal) and the presenter shows it (`allowed`, as the object's `can`): the flag the web app shows a
// button by and the rule the write meets cannot drift apart, because they are the same code.
import type { AppError } from '../errors'
import { forbidden } from '../errors'
import type { Access } from '../http/route'
import { admits } from './access'
import type { Actor } from './actor'

/** Why something is refused, or null when it is not. A function, so that computing `can` for a page builds no errors. */
export type Refusal = (() => AppError) | null

/** The checks of one write: who may (403) and the rules the object must meet at the moment (422). */
export interface Verdict {
  who: Refusal
  rules: Refusal[]
}

/** The route's role check as a refusal: the same 403 the route answers (http/route.ts). */
export const roleIn = (access: Access, actor: Actor | null): Refusal => (admits(access, actor) ? null : () => forbidden())

/** A rule: refused with `error` when `broken`. */
export const unless = (broken: boolean, error: () => AppError): Refusal => (broken ? error : null)

/** Whether the write would pass its checks (input and version aside): a flag of `can`. */
export const allowed = ({ who, rules }: Verdict): boolean => who === null && rules.every((rule) => rule === null)

/**
 * Throws the first refusal: who first (403), then `between` (the version check, where a stale version should win
 * over a rule someone else's change broke: 409 before 422), then the rules in their order.
 */
export function enforce({ who, rules }: Verdict, between?: () => void): void {
  if (who) throw who()
  between?.()
  for (const rule of rules) if (rule) throw rule()
}
