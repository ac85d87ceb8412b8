// Where sign-in lives and where to go afterwards (the sign-in route takes `?returnTo=`, app/router.tsx). A returnTo is only ever a path on this site: anything
// else (another host, `//host`, `/\host`, a scheme) becomes the start page, so a link cannot send a user
// elsewhere after they signed in.

export const SIGN_IN_PATH = '/logga-in'
const HOME = '/'

/** `returnTo` as a same-site path (with its query and fragment), or `/` when it is missing or not one. */
export function safeReturnTo(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return HOME
  let target: URL
  try {
    target = new URL(raw, window.location.origin)
  } catch {
    return HOME
  }
  // the URL parser drops tabs and line breaks, so check the origin of what it actually made of the value
  if (target.origin !== window.location.origin || target.pathname === SIGN_IN_PATH) return HOME
  return `${target.pathname}${target.search}${target.hash}`
}

/** Sign-in through the user's own organisation (OpenID Connect), coming back to `returnTo`. */
export function oidcLoginHref(returnTo: string): string {
  return `/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(safeReturnTo(returnTo))}`
}
