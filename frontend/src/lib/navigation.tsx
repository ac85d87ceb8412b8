// Client-side navigation in a few lines: the address bar is the state, popstate the event; paths with
// parameters (`/planer/:planId`) are matched by matchPath, and a page reads its parameters with useParams.
import { createContext, useContext, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react'

const NAVIGATE = 'uppfoljning:navigate'

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATE, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATE, onChange)
  }
}

/** The current path (`/`, `/plans/3`), re-rendering on navigation. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname)
}

/** The query string of the address (`?returnTo=%2F`), re-rendering on navigation. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search)
}

/** A page with unsaved changes may hold a navigation: it gets the way to go on and answers true to hold. */
type NavigationGuard = (proceed: () => void) => boolean
let guard: NavigationGuard | null = null

/** Installs (or, with null, removes) the guard of the page with unsaved changes. */
export function setNavigationGuard(next: NavigationGuard | null) {
  guard = next
}

/** Goes to `to` (a same-site path); `replace` when the current entry should not stay in the history (redirects). */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}) {
  const go = () => {
    if (replace) window.history.replaceState(null, '', to)
    else window.history.pushState(null, '', to)
    window.dispatchEvent(new Event(NAVIGATE))
  }
  if (guard && !replace && guard(go)) return
  go()
}

/** An ordinary link (works without JavaScript, opens in a new tab on ctrl/cmd-click) that navigates in place. */
export function Link({ href, onClick, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(href)
  }
  return <a href={href} onClick={handleClick} {...props} />
}

export type Params = Record<string, string>

/** The parameters of `pattern` (`/planer/:planId`) in `pathname`, or null when it does not match. */
export function matchPath(pattern: string, pathname: string): Params | null {
  const want = pattern.split('/').filter(Boolean)
  const have = pathname.split('/').filter(Boolean)
  if (want.length !== have.length) return null
  const params: Params = {}
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      try {
        params[want[i].slice(1)] = decodeURIComponent(have[i])
      } catch {
        return null // a malformed escape matches nothing
      }
    } else if (want[i] !== have[i]) return null
  }
  return params
}

export const ParamsContext = createContext<Params>({})

/** The current page's path parameters (`{ planId: '3' }`). */
export const useParams = () => useContext(ParamsContext)
