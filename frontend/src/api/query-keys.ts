// Every query key of the web app, one factory per resource, shaped like the API's address: `GET
// /implementation-plans/3/actions` is cached under `['implementation-plans', 3, 'actions']`, `GET
// /goals?strategyId=1` under `['goals', { strategyId: 1, … }]`. Because a key starts with its resource, a write
// invalidates by prefix (api/invalidation.ts): `['goals']` covers every goal list and every goal. No key is
// written anywhere else (docs/architecture.md → Data).
//
// Lists end in their query object, details in the id. `lists()` is the resource followed by an empty object:
// TanStack Query matches objects partially, so `['follow-ups', {}]` matches every list (`['follow-ups', {
// periodId: 5 }]`) and no detail (`['follow-ups', 12]`, `['follow-ups', 12, 'comments']`).

/** The query of a list request as a key part: only the parameters that are set (so `{ a: 1, b: undefined }` and `{ a: 1 }` share an entry). */
type Query = Record<string, string | number | boolean | undefined>

const listOf = <Root extends string>(root: Root) => ({
  all: [root] as const,
  lists: () => [root, {}] as const,
  list: <Q extends Query>(query: Q) => [root, query] as const,
  detail: (id: number) => [root, id] as const,
})

export const sessionKeys = {
  /** GET /auth/session */
  session: ['auth', 'session'] as const,
}

export const strategyKeys = listOf('strategies')
export const goalKeys = listOf('goals')
export const measureKeys = listOf('measures')
export const organisationKeys = listOf('organisations')
export const userKeys = listOf('users')
export const reportingPeriodKeys = listOf('reporting-periods')

export const indicatorKeys = {
  ...listOf('indicators'),
  /** GET /indicators/:id/values?… */
  values: (indicatorId: number, query: Query) => ['indicators', indicatorId, 'values', query] as const,
}

export const planKeys = {
  ...listOf('implementation-plans'),
  /** GET /implementation-plans/:id/actions */
  actions: (planId: number) => ['implementation-plans', planId, 'actions'] as const,
}

export const planActionKeys = {
  ...listOf('plan-actions'),
  /** GET /plan-actions/:id/history */
  history: (actionId: number) => ['plan-actions', actionId, 'history'] as const,
  /** GET /plan-actions/:id/follow-ups?periodId= */
  followUps: (actionId: number, periodId: number) => ['plan-actions', actionId, 'follow-ups', { periodId }] as const,
}

export const followUpKeys = {
  ...listOf('follow-ups'),
  /** GET /follow-ups/:id/comments */
  comments: (followUpId: number) => ['follow-ups', followUpId, 'comments'] as const,
}

export const reportingStatusKeys = {
  all: ['reporting-status'] as const,
  /** GET /reporting-status?periodId= */
  period: (periodId: number) => ['reporting-status', { periodId }] as const,
}

/** The results views (`/progress/*`): every figure computed from plans, actions, follow-ups and indicator values. */
export const progressKeys = {
  all: ['progress'] as const,
  /** GET /progress/goals?periodId= */
  goals: (periodId: number) => ['progress', 'goals', { periodId }] as const,
  /** GET /progress/coverage?periodId= */
  coverage: (periodId: number) => ['progress', 'coverage', { periodId }] as const,
  /** GET /progress/map?periodId=&goalId=|measureId= */
  map: (query: { periodId: number; goalId?: number; measureId?: number }) => ['progress', 'map', query] as const,
  /** GET /progress/explain?periodId=&goalId=|organisationId=|measureId= */
  explain: (query: { periodId: number; goalId?: number; organisationId?: number; measureId?: number }) =>
    ['progress', 'explain', query] as const,
  /** GET /progress/organisations/:id?periodId= */
  organisation: (organisationId: number, periodId: number) => ['progress', 'organisations', organisationId, { periodId }] as const,
  /** GET /progress/trends?periodId= */
  trends: (periodId: number) => ['progress', 'trends', { periodId }] as const,
  /** GET /progress/attention?periodId= */
  attention: (periodId: number) => ['progress', 'attention', { periodId }] as const,
}

export const reportKeys = listOf('reports')
