// The route table: every API route, in the order the docs list them. http/openapi.ts documents it and
// the route tests walk it, so a route cannot exist without documentation.
import type { Route } from './http/route'
import { healthRoutes } from './modules/health/health.router'
import { authRoutes } from './modules/auth/auth.router'
import { oidcRoutes } from './modules/oidc/oidc.router'
import { organisationRoutes } from './modules/organisations/organisations.router'
import { userRoutes } from './modules/users/users.router'
import { strategyRoutes } from './modules/strategies/strategies.router'
import { goalRoutes } from './modules/goals/goals.router'
import { measureRoutes } from './modules/measures/measures.router'
import { indicatorRoutes } from './modules/indicators/indicators.router'
import { reportingPeriodRoutes } from './modules/reporting-periods/reporting-periods.router'
import { implementationPlanRoutes } from './modules/implementation-plans/implementation-plans.router'
import { planActionRoutes } from './modules/plan-actions/plan-actions.router'
import { followUpRoutes } from './modules/follow-ups/follow-ups.router'
import { reportingStatusRoutes } from './modules/reporting-status/reporting-status.router'
import { progressRoutes } from './modules/progress/progress.router'
import { reportRoutes } from './modules/reports/reports.router'
import { historyRoutes } from './modules/history/history.router'

export const routes: Route[] = [
  ...healthRoutes,
  ...authRoutes,
  ...oidcRoutes,
  ...strategyRoutes,
  ...goalRoutes,
  ...measureRoutes,
  ...indicatorRoutes,
  ...reportingPeriodRoutes,
  ...organisationRoutes,
  ...userRoutes,
  ...implementationPlanRoutes,
  ...planActionRoutes,
  ...followUpRoutes,
  ...reportingStatusRoutes,
  ...progressRoutes,
  ...reportRoutes,
  ...historyRoutes,
]
