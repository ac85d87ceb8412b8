// GET    /reporting-periods               list (strategyId, status, paging; ordered by startsOn)
// POST   /reporting-periods               create
// GET    /reporting-periods/:id           one
// PATCH  /reporting-periods/:id           update (with version): dates, deadline, name, status
// POST   /reporting-periods/:id/archive   archive
// POST   /reporting-periods/:id/restore   restore
import {
  IdParams,
  ReportingPeriod,
  ReportingPeriodCreate,
  ReportingPeriodPage,
  ReportingPeriodQuery,
  ReportingPeriodUpdate,
} from '@uppfoljning/contract'
import { archiveRoutes, route } from '../../http/route'
import * as service from './reporting-periods.service'

const tag = 'Uppföljningsperioder'

export const reportingPeriodRoutes = [
  route({ method: 'get', path: '/reporting-periods', tag, summary: 'Lista uppföljningsperioder', query: ReportingPeriodQuery, response: ReportingPeriodPage,
    handler: ({ query }) => service.listReportingPeriods(query) }),
  route({ method: 'post', path: '/reporting-periods', tag, summary: 'Skapa en uppföljningsperiod', body: ReportingPeriodCreate, response: ReportingPeriod, status: 201,
    handler: ({ body }) => service.createReportingPeriod(body) }),
  route({ method: 'get', path: '/reporting-periods/:id', tag, summary: 'Hämta en uppföljningsperiod', params: IdParams, response: ReportingPeriod,
    handler: ({ params }) => service.getReportingPeriod(params.id) }),
  route({ method: 'patch', path: '/reporting-periods/:id', tag, summary: 'Ändra en uppföljningsperiod', params: IdParams, body: ReportingPeriodUpdate, response: ReportingPeriod,
    handler: ({ params, body }) => service.updateReportingPeriod(params.id, body) }),
  ...archiveRoutes({ path: '/reporting-periods', tag, noun: 'en uppföljningsperiod', response: ReportingPeriod, setArchived: service.archiveReportingPeriod }),
]
