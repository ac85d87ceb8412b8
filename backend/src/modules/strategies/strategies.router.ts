// TODO(helper): routes of this module
import type { Route } from '../../http/route'

export const strategyRoutes: Route[] = []
