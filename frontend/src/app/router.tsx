// Which page answers which address, who may see it, and what its address may say. Code-based TanStack Router
// routes (no file-based codegen): typed path params (ids parsed like the contract's `Id`), search params validated
// with zod/mini (lib/search-schema.ts; an unknown value falls back to its default, never an error), one lazy chunk per page (the start page's
// JavaScript stays small), and loaders that start a page's reads while its chunk loads. docs/architecture.md#routing
import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  notFound,
  Outlet,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router'
import { getActiveStrategiesQueryOptions } from '@/api/get-active-strategy'
import { getCoverageQueryOptions } from '@/api/get-coverage'
import { getAllOrganisationsQueryOptions } from '@/api/get-organisations'
import { getGoalProgressQueryOptions } from '@/api/get-goal-progress'
import { ensureChosenPeriodId, periodSearchSchema } from '@/api/use-chosen-period'
import { adminSections } from '@/features/admin/sections'
import { getSessionQueryOptions } from '@/features/auth/api/get-session'
import { RequireSignIn } from '@/features/auth/components/RequireSignIn'
import { SIGN_IN_PATH } from '@/features/auth/paths'
import { getMapQueryOptions } from '@/features/coverage/api/get-map'
import { mapQuery, mapSearchSchema, mapStateOf } from '@/features/coverage/map/map-address'
import { matrixSearchSchema } from '@/features/coverage/matrix-address'
import { getPlanQueryOptions } from '@/features/plans/api/get-plan'
import { getReportQueryOptions } from '@/features/reports/api/get-report'
import { getAttentionQueryOptions } from '@/features/results/api/get-attention'
import { getOrganisationProgressQueryOptions } from '@/features/results/api/get-organisation-progress'
import { getTrendsQueryOptions } from '@/features/results/api/get-trends'
import { reviewSearchSchema } from '@/features/review/review-filters'
import { loadNamespaces, type Namespace } from '@/lib/i18n'
import { Id, optional, searchId, z } from '@/lib/search-schema'
import { parseSearch, stringifySearch } from './address'
import { ErrorFallback } from './ErrorFallback'
import { Layout, PagePending } from './Layout'
import { NotFoundRoute } from './routes/NotFoundRoute'

type RouterContext = { queryClient: QueryClient }

/** A path parameter that is a database id: `/planer/3`. Anything else is the not-found page. */
const idParams = <K extends string>(...names: K[]) => ({
  parse: (raw: Record<K, string>) => {
    const parsed = {} as Record<K, number>
    for (const name of names) {
      const id = Id.safeParse(raw[name])
      if (!id.success) throw notFound()
      parsed[name] = id.data
    }
    return parsed
  },
  stringify: (params: Record<K, number>) => Object.fromEntries(names.map((name) => [name, String(params[name])])) as Record<K, string>,
})

/**
 * Starts `read` without holding the page: the page renders at once with its own loading state, as without a loader.
 * Returns the loading of the page's feature strings (lib/i18n.ts), which the page waits for, beside its chunk.
 */
const prefetch = (read: () => Promise<unknown>, ...namespaces: Namespace[]) => {
  read().catch(() => undefined) // a failed read shows on the page, which asks again
  return loadNamespaces(...namespaces)
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => (
    <Layout>
      <Outlet />
    </Layout>
  ),
  notFoundComponent: NotFoundRoute,
})

// ── public pages ────────────────────────────────────────────────

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: SIGN_IN_PATH,
  // returnTo is checked again where it is used (features/auth/paths.ts safeReturnTo); fel: why OpenID Connect failed
  validateSearch: z.object({ returnTo: optional(z.string()), fel: optional(z.string()) }),
  // the session decides which step shows: the page appears with it, and nothing below the step moves when it arrives
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(getSessionQueryOptions()).catch(() => undefined),
  // its own chunk like every page: the forms library it needs stays out of what signed-in pages load first
  component: lazyRouteComponent(() => import('./routes/SignInRoute'), 'SignInRoute'),
})

// approved reports are public records: readable without signing in (drafts only for OPK staff and the steering group)
const reportsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lagesrapporter',
  component: lazyRouteComponent(() => import('./routes/ReportsRoute'), 'ReportsRoute'),
})

const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lagesrapporter/$reportId',
  params: idParams('reportId'),
  loader: ({ context: { queryClient }, params }) => prefetch(() => queryClient.ensureQueryData(getReportQueryOptions(params.reportId))),
  component: lazyRouteComponent(() => import('./routes/ReportRoute'), 'ReportRoute'),
})

// the accessibility statement and the privacy notice must be readable by anyone (lag 2018:1937, GDPR art. 13)
const accessibilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tillganglighet',
  component: lazyRouteComponent(() => import('./routes/AccessibilityRoute'), 'AccessibilityRoute'),
})

const privacyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/personuppgifter',
  component: lazyRouteComponent(() => import('./routes/PrivacyRoute'), 'PrivacyRoute'),
})

// ── pages that need sign-in ─────────────────────────────────────

/**
 * Every page below needs a signed-in user. Before the page loads, a session known to be signed out goes to the
 * sign-in page (which brings the user back here); RequireSignIn then follows the session while the page is open
 * (a 401 from any request ends it) and shows a failed session read with a retry.
 */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context: { queryClient }, location }) => {
    const session = await queryClient.ensureQueryData(getSessionQueryOptions()).catch(() => null)
    if (session && session.stage !== 'signed-in') throw redirect({ to: SIGN_IN_PATH, search: { returnTo: location.href }, replace: true })
  },
  component: () => (
    <RequireSignIn>
      <Outlet />
    </RequireSignIn>
  ),
})

/** OPK staff only: others who are signed in see that they may not (as before: no redirect). */
const staffRoute = createRoute({
  getParentRoute: () => signedInRoute,
  id: 'staff',
  component: () => (
    <RequireSignIn roles={['opk_staff']}>
      <Outlet />
    </RequireSignIn>
  ),
})

const overviewRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  loader: () => loadNamespaces('overview'),
  component: lazyRouteComponent(() => import('./routes/OverviewRoute'), 'OverviewRoute'),
})

const strategyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/strategi',
  loader: ({ context: { queryClient } }) => prefetch(() => queryClient.ensureQueryData(getActiveStrategiesQueryOptions()), 'overview'),
  component: lazyRouteComponent(() => import('./routes/StrategyRoute'), 'StrategyRoute'),
})

const plansRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/planer',
  loader: () => loadNamespaces('plans'),
  component: lazyRouteComponent(() => import('./routes/PlansRoute'), 'PlansRoute'),
})

const planRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/planer/$planId',
  params: idParams('planId'),
  loader: ({ context: { queryClient }, params }) =>
    prefetch(() => queryClient.ensureQueryData(getPlanQueryOptions(params.planId)), 'plans'),
  component: lazyRouteComponent(() => import('./routes/PlanRoute'), 'PlanRoute'),
})

const followUpRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/aktiviteter/$actionId/uppfoljning/$periodId',
  params: idParams('actionId', 'periodId'),
  loader: () => loadNamespaces('followUps'),
  component: lazyRouteComponent(() => import('./routes/FollowUpRoute'), 'FollowUpRoute'),
})

const reviewRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/granskning',
  validateSearch: reviewSearchSchema,
  loader: () => loadNamespaces('review'),
  component: lazyRouteComponent(() => import('./routes/ReviewRoute'), 'ReviewRoute'),
})

// The results pages keep their period in the address (`?period=12`); each loader finds the period the page will
// show and starts its figures while the page's chunk loads, through the same queryOptions the components read.
const periodDeps = ({ search }: { search: { period?: number } }) => ({ period: search.period })

const resultsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/resultat',
  validateSearch: periodSearchSchema,
  loaderDeps: periodDeps,
  loader: ({ context: { queryClient }, deps }) =>
    prefetch(async () => {
      const periodId = await ensureChosenPeriodId(queryClient, deps.period)
      if (periodId === null) return
      await Promise.all([
        queryClient.ensureQueryData(getGoalProgressQueryOptions(periodId)),
        queryClient.ensureQueryData(getAttentionQueryOptions(periodId)),
      ])
    }, 'results'),
  component: lazyRouteComponent(() => import('./routes/ResultsRoute'), 'ResultsRoute'),
})

const coverageRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/resultat/tackning',
  validateSearch: z.extend(periodSearchSchema, matrixSearchSchema.shape),
  loaderDeps: periodDeps,
  loader: ({ context: { queryClient }, deps }) =>
    prefetch(
      async () => {
        const periodId = await ensureChosenPeriodId(queryClient, deps.period)
        if (periodId !== null) await queryClient.ensureQueryData(getCoverageQueryOptions(periodId))
      },
      'coverage',
      'results',
    ),
  component: lazyRouteComponent(() => import('./routes/CoverageRoute'), 'CoverageRoute'),
})

const mapRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/resultat/karta',
  validateSearch: z.extend(periodSearchSchema, mapSearchSchema.shape),
  loaderDeps: ({ search }) => ({ period: search.period, map: mapStateOf(search) }),
  loader: ({ context: { queryClient }, deps }) =>
    prefetch(
      async () => {
        const periodId = await ensureChosenPeriodId(queryClient, deps.period)
        if (periodId !== null) await queryClient.ensureQueryData(getMapQueryOptions(mapQuery(periodId, deps.map)))
      },
      'coverage',
      'results',
    ),
  component: lazyRouteComponent(() => import('./routes/MapRoute'), 'MapRoute'),
})

const trendsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/resultat/utveckling',
  validateSearch: periodSearchSchema,
  loaderDeps: periodDeps,
  loader: ({ context: { queryClient }, deps }) =>
    prefetch(async () => {
      const periodId = await ensureChosenPeriodId(queryClient, deps.period)
      if (periodId !== null) await queryClient.ensureQueryData(getTrendsQueryOptions(periodId))
    }, 'results'),
  component: lazyRouteComponent(() => import('./routes/TrendsRoute'), 'TrendsRoute'),
})

const organisationResultsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/resultat/organisationer/$organisationId',
  params: idParams('organisationId'),
  validateSearch: periodSearchSchema,
  loaderDeps: periodDeps,
  loader: ({ context: { queryClient }, deps, params }) =>
    prefetch(async () => {
      const organisations = queryClient.ensureQueryData(getAllOrganisationsQueryOptions())
      const periodId = await ensureChosenPeriodId(queryClient, deps.period)
      if (periodId === null) return
      await Promise.all([
        organisations,
        queryClient.ensureQueryData(getOrganisationProgressQueryOptions(params.organisationId, periodId)),
        queryClient.ensureQueryData(getGoalProgressQueryOptions(periodId)),
      ])
    }, 'results'),
  component: lazyRouteComponent(() => import('./routes/OrganisationResultsRoute'), 'OrganisationResultsRoute'),
})

const adminRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/administration',
  loader: () => loadNamespaces('admin'),
  component: lazyRouteComponent(() => import('./routes/AdminRoute'), 'AdminRoute'),
})

const adminSectionRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/administration/$section',
  params: {
    parse: ({ section }: { section: string }) => {
      const parsed = z.enum(adminSections).safeParse(section)
      if (!parsed.success) throw notFound()
      return { section: parsed.data }
    },
    stringify: ({ section }: { section: string }) => ({ section }),
  },
  // /administration/strategi?mal=7: the goal whose measures and indicators are shown
  validateSearch: z.object({ mal: searchId }),
  loader: () => loadNamespaces('admin'),
  component: lazyRouteComponent(() => import('./routes/AdminRoute'), 'AdminSectionRoute'),
})

const routeTree = rootRoute.addChildren([
  signInRoute,
  reportsRoute,
  reportRoute,
  accessibilityRoute,
  privacyRoute,
  signedInRoute.addChildren([
    overviewRoute,
    strategyRoute,
    plansRoute,
    planRoute,
    followUpRoute,
    resultsRoute,
    coverageRoute,
    mapRoute,
    trendsRoute,
    organisationResultsRoute,
    staffRoute.addChildren([reviewRoute, adminRoute, adminSectionRoute]),
  ]),
])

/** The app's router; tests pass a memory history (test/render.tsx). */
export function createAppRouter(context: RouterContext, history?: RouterHistory) {
  return createRouter({
    routeTree: routeTree,
    context,
    history,
    parseSearch,
    stringifySearch,
    defaultNotFoundComponent: NotFoundRoute,
    // a page that fails leaves the header and footer usable; the next navigation gives the next page a fresh start
    defaultErrorComponent: ErrorFallback,
    defaultPendingComponent: PagePending,
    // the loaders only start reads (the query cache decides what is fresh): run them on every navigation
    defaultStaleTime: 0,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
