// GET    /reporting-periods               list (strategyId, status, paging; ordered by startsOn)
// POST   /reporting-periods               create
// GET    /reporting-periods/:id           one
// PATCH  /reporting-periods/:id           update (with version): dates, deadline, name, status
// POST   /reporting-periods/:id/archive   archive
// POST   /reporting-periods/:id/restore   restore
import {
  ReportingPeriod,
  ReportingPeriodCreate,
  ReportingPeriodPage,
  ReportingPeriodQuery,
  ReportingPeriodUpdate,
} from '@uppfoljning/contract'
import { STAFF_MAINTAINED } from '../../auth/access'
import { resourceRoutes } from '../../http/route'
import * as service from './reporting-periods.service'

export const reportingPeriodRoutes = resourceRoutes({
  path: '/reporting-periods',
  tag: 'Uppföljningsperioder',
  access: STAFF_MAINTAINED,
  names: { many: 'uppföljningsperioder', one: 'en uppföljningsperiod' },
  schemas: {
    query: ReportingPeriodQuery,
    create: ReportingPeriodCreate,
    update: ReportingPeriodUpdate,
    item: ReportingPeriod,
    page: ReportingPeriodPage,
  },
  service: {
    list: service.listReportingPeriods,
    create: service.createReportingPeriod,
    get: service.getReportingPeriod,
    update: service.updateReportingPeriod,
    setArchived: service.archiveReportingPeriod,
  },
})
