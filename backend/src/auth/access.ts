// Who may call what: the access of every group of routes, in one place (docs/security.md).
import type { Access } from '../http/route'

/** The strategy, its goals, measures and indicators, reporting periods, organisations: OPK staff maintain them. */
export const STAFF_MAINTAINED = { read: 'signed-in', write: ['opk_staff'] } as const satisfies { read: Access; write: Access }

/**
 * Plans, actions and follow-ups belong to the organisations: coordinators write them, and the services check
 * that the organisation is theirs (auth/actor.ts assertWritesFor).
 */
export const ORGANISATION_OWNED = { read: 'signed-in', write: ['coordinator'] } as const satisfies { read: Access; write: Access }

/** Reviewing follow-ups (approve, return with a comment). */
export const REVIEWERS = ['opk_staff'] as const satisfies Access
