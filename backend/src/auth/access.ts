// Who may call what: the access of every group of routes, in one place (docs/security.md). The same constants
// decide the routes' access (http/route.ts) and the role part of what the server says a user may do (`can`).
import type { Access } from '../http/route'
import type { Actor } from './actor'

/** The strategy, its goals, measures and indicators, reporting periods, organisations: OPK staff maintain them. */
export const STAFF_MAINTAINED = { read: 'signed-in', write: ['opk_staff'] } as const satisfies { read: Access; write: Access }

/**
 * Plans, actions and follow-ups belong to the organisations: coordinators write them, and the services check
 * that the organisation is theirs (auth/actor.ts writesFor).
 */
export const ORGANISATION_OWNED = { read: 'signed-in', write: ['coordinator'] } as const satisfies { read: Access; write: Access }

/**
 * Changing and archiving an action: its owners' coordinators, and OPK staff, who may correct any action (its links
 * to measures and co-owners, archive and restore). Which fields each may change: modules/plan-actions/action-policy.ts.
 */
export const ACTION_WRITERS = [...ORGANISATION_OWNED.write, 'opk_staff'] as const satisfies Access

/** Reviewing follow-ups (approve, return with a comment). */
export const REVIEWERS = ['opk_staff'] as const satisfies Access

/** The conversation about a follow-up: the owners' coordinators answer the reviewers (the service checks which organisations own it). */
export const COMMENTERS = [...ORGANISATION_OWNED.write, ...REVIEWERS] as const satisfies Access

/** Writing report drafts (create, edit, recompute, archive): OPK staff. */
export const REPORT_WRITERS = ['opk_staff'] as const satisfies Access

/** Approving (publishing) reports: the steering group. */
export const REPORT_APPROVERS = ['steering_group'] as const satisfies Access

/** Whether `access` lets `actor` (null: not signed in) call a route. */
export function admits(access: Access, actor: Actor | null): boolean {
  if (access === 'public') return true
  if (!actor) return false
  return access === 'signed-in' || access.includes(actor.role)
}
