// GET    /indicators                      list (strategyId, goalId, measureId, paging)
// POST   /indicators                      create (on a goal or a measure)
// GET    /indicators/:id                  one
// PATCH  /indicators/:id                  update (with version)
// POST   /indicators/:id/archive          archive
// POST   /indicators/:id/restore          restore
// GET    /indicators/:id/values           the indicator's values (periodId, organisationId, countyWide, paging)
// POST   /indicators/:id/values           record a value for a period and an organisation (or the county)
// GET    /indicator-values/:id            one value
// PATCH  /indicator-values/:id            update a value (with version)
// POST   /indicator-values/:id/archive    archive a value
// POST   /indicator-values/:id/restore    restore a value
import {
  IdParams,
  Indicator,
  IndicatorCreate,
  IndicatorPage,
  IndicatorQuery,
  IndicatorUpdate,
  IndicatorValue,
  IndicatorValueCreate,
  IndicatorValuePage,
  IndicatorValueQuery,
  IndicatorValueUpdate,
} from '@uppfoljning/contract'
import { STAFF_MAINTAINED } from '../../auth/access'
import { itemRoutes, resourceRoutes, route } from '../../http/route'
import * as values from './indicator-values.service'
import * as service from './indicators.service'

const tag = 'Indikatorer'

export const indicatorRoutes = [
  ...resourceRoutes({
    path: '/indicators',
    tag,
    access: STAFF_MAINTAINED,
    names: { many: 'indikatorer', one: 'en indikator' },
    schemas: { query: IndicatorQuery, create: IndicatorCreate, update: IndicatorUpdate, item: Indicator, page: IndicatorPage },
    service: {
      list: service.listIndicators,
      create: service.createIndicator,
      get: service.getIndicator,
      update: service.updateIndicator,
      setArchived: service.archiveIndicator,
    },
  }),
  route({
    method: 'get',
    path: '/indicators/:id/values',
    tag,
    access: STAFF_MAINTAINED.read,
    summary: 'Lista en indikators värden',
    params: IdParams,
    query: IndicatorValueQuery,
    response: IndicatorValuePage,
    handler: ({ params, query }) => values.listIndicatorValues(params.id, query),
  }),
  route({
    method: 'post',
    path: '/indicators/:id/values',
    tag,
    access: STAFF_MAINTAINED.write,
    summary: 'Ange ett värde för en indikator',
    params: IdParams,
    body: IndicatorValueCreate,
    response: IndicatorValue,
    status: 201,
    handler: ({ params, body, actor }) => values.createIndicatorValue(params.id, body, actor),
  }),
  ...itemRoutes({
    path: '/indicator-values',
    tag,
    one: 'ett indikatorvärde',
    access: STAFF_MAINTAINED,
    schemas: { update: IndicatorValueUpdate, item: IndicatorValue },
    service: { get: values.getIndicatorValue, update: values.updateIndicatorValue, setArchived: values.archiveIndicatorValue },
  }),
]
