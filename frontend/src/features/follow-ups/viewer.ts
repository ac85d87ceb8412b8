import type { Role, SessionUser } from '@uppfoljning/contract'

/** Who is looking: the route hands it in from the session (features don't import each other). */
export type Viewer = { role: Role; organisationIds: number[] }

/** The viewer of a signed-in session's user (the page is behind sign-in; no user: read only). */
export const viewerOf = (user: SessionUser | null | undefined): Viewer => ({
  role: user?.role ?? 'steering_group',
  organisationIds: user?.organisations.map((o) => o.id) ?? [],
})

/** A coordinator of one of the action's owners writes and submits its follow-ups (the API decides for real). */
export const coordinatesAny = (viewer: Viewer, organisationIds: number[]) =>
  viewer.role === 'coordinator' && organisationIds.some((id) => viewer.organisationIds.includes(id))
