// Renders a feature component as the app does: the real QueryClient defaults, the real i18n (Swedish), and a
// router (memory history) so that links, the unsaved-changes guard and the address work as in the browser.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterContextProvider,
  RouterProvider,
  type AnyRouter,
} from '@tanstack/react-router'
import { act, configure, render, waitFor } from '@testing-library/react'
import type { ReactElement } from 'react'
import { parseSearch, stringifySearch } from '@/app/address'
import '@/lib/i18n'
import { createQueryClient } from '@/lib/query-client'

// findBy… and waitFor wait up to 1 s by default: too short for a big form on a loaded CI machine (two workers
// beside the backend's tests). A passing test does not wait longer for it.
configure({ asyncUtilTimeout: 5000 })

/** A router whose only page is `page` at `path` (its search validated like the app's route), any other address a stand-in. */
function testRouter(
  url: string,
  page: () => ReactElement | null,
  path: string,
  validateSearch?: (search: Record<string, unknown>) => object,
) {
  const root = createRootRoute({ component: Outlet })
  const here = createRoute({ getParentRoute: () => root, path, validateSearch, component: page })
  const elsewhere = createRoute({ getParentRoute: () => root, path: '$', component: () => <p>En annan sida</p> })
  return createRouter({
    routeTree: root.addChildren([here, elsewhere]),
    history: createMemoryHistory({ initialEntries: [url] }),
    parseSearch,
    stringifySearch,
  })
}

/**
 * Renders `ui` at once, with a router at `/` around it (links, navigation and the unsaved-changes guard work; the
 * address is `router.history.location`). For a component that reads the address, use renderAt.
 */
export function renderWithQueries(ui: ReactElement, { queryClient = createQueryClient() }: { queryClient?: QueryClient } = {}) {
  const router: AnyRouter = testRouter('/', () => null, '/')
  return {
    queryClient,
    router,
    ...render(
      <QueryClientProvider client={queryClient}>
        <RouterContextProvider router={router}>{ui}</RouterContextProvider>
      </QueryClientProvider>,
    ),
  }
}

/**
 * Renders `ui` as the page at `url` (e.g. `/resultat/tackning?period=5`), its search validated by `validateSearch`
 * (the schema the app's route uses); resolves once the page is shown. The address: `router.history.location`.
 */
export async function renderAt(
  ui: ReactElement,
  url: string,
  {
    queryClient = createQueryClient(),
    validateSearch,
  }: { queryClient?: QueryClient; validateSearch?: { parse: (search: unknown) => object } } = {},
) {
  const path = new URL(url, 'http://localhost').pathname
  const router: AnyRouter = testRouter(url, () => ui, path, validateSearch && ((search) => validateSearch.parse(search)))
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  await act(() => router.load())
  return { queryClient, router, ...result }
}

/** Resolves once the router shows the address it was last sent to (a navigation's page renders after it loads). */
export const settled = (router: AnyRouter) =>
  waitFor(() => {
    if (router.state.status !== 'idle' || router.state.resolvedLocation?.href !== router.history.location.href)
      throw new Error('the router is still loading')
  })

// jsdom has no modal dialogs: showModal and close only set and clear `open` (ConfirmDialog, UnsavedChangesGuard).
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '')
}
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.removeAttribute('open')
}
