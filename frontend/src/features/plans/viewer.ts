import type { Role, SessionUser } from '@uppfoljning/contract'

/** Who is looking: the route hands it in from the session (features don't import each other). */
export type Viewer = { role: Role; organisationIds: number[] }

/**
 * A coordinator of one of `organisationIds` may write (the API decides for real and answers 403 otherwise): the plan's
 * organisation adds actions; it and a joint action's co-owners edit and archive it.
 */
export const coordinatesAny = (viewer: Viewer, organisationIds: number[]) =>
  viewer.role === 'coordinator' && organisationIds.some((id) => viewer.organisationIds.includes(id))

/** The viewer of a signed-in session's user (the pages are behind sign-in; no user: read only). */
export const viewerOf = (user: SessionUser | null | undefined): Viewer => ({
  role: user?.role ?? 'steering_group',
  organisationIds: user?.organisations.map((o) => o.id) ?? [],
})
