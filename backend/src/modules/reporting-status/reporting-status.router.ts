// GET    /reporting-status?periodId=   per organisation with a plan in the period's strategy: due actions, follow-ups
//                                      by state, due actions without a follow-up; with totals
// Access: OPK staff (who review the follow-ups) and the steering group; coordinators see their own follow-ups instead.
import { ReportingStatus, ReportingStatusQuery } from '@uppfoljning/contract'
import { route } from '../../http/route'
import * as service from './reporting-status.service'

export const reportingStatusRoutes = [
  route({
    method: 'get',
    path: '/reporting-status',
    tag: 'Rapporteringsläge',
    access: ['opk_staff', 'steering_group'],
    summary: 'Rapporteringsläget per organisation för en period',
    query: ReportingStatusQuery,
    response: ReportingStatus,
    handler: ({ query }) => service.reportingStatus(query),
  }),
]
