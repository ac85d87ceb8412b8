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
import { archiveRoutes, route } from '../../http/route'
import * as values from './indicator-values.service'
import * as service from './indicators.service'

const tag = 'Indikatorer'

export const indicatorRoutes = [
  route({ method: 'get', path: '/indicators', tag, summary: 'Lista indikatorer', query: IndicatorQuery, response: IndicatorPage,
    handler: ({ query }) => service.listIndicators(query) }),
  route({ method: 'post', path: '/indicators', tag, summary: 'Skapa en indikator', body: IndicatorCreate, response: Indicator, status: 201,
    handler: ({ body }) => service.createIndicator(body) }),
  route({ method: 'get', path: '/indicators/:id', tag, summary: 'Hämta en indikator', params: IdParams, response: Indicator,
    handler: ({ params }) => service.getIndicator(params.id) }),
  route({ method: 'patch', path: '/indicators/:id', tag, summary: 'Ändra en indikator', params: IdParams, body: IndicatorUpdate, response: Indicator,
    handler: ({ params, body }) => service.updateIndicator(params.id, body) }),
  ...archiveRoutes({ path: '/indicators', tag, noun: 'en indikator', response: Indicator, setArchived: service.archiveIndicator }),

  route({ method: 'get', path: '/indicators/:id/values', tag, summary: 'Lista en indikators värden', params: IdParams, query: IndicatorValueQuery, response: IndicatorValuePage,
    handler: ({ params, query }) => values.listIndicatorValues(params.id, query) }),
  route({ method: 'post', path: '/indicators/:id/values', tag, summary: 'Ange ett värde för en indikator', params: IdParams, body: IndicatorValueCreate, response: IndicatorValue, status: 201,
    handler: ({ params, body }) => values.createIndicatorValue(params.id, body) }),
  route({ method: 'get', path: '/indicator-values/:id', tag, summary: 'Hämta ett indikatorvärde', params: IdParams, response: IndicatorValue,
    handler: ({ params }) => values.getIndicatorValue(params.id) }),
  route({ method: 'patch', path: '/indicator-values/:id', tag, summary: 'Ändra ett indikatorvärde', params: IdParams, body: IndicatorValueUpdate, response: IndicatorValue,
    handler: ({ params, body }) => values.updateIndicatorValue(params.id, body) }),
  ...archiveRoutes({ path: '/indicator-values', tag, noun: 'ett indikatorvärde', response: IndicatorValue, setArchived: values.archiveIndicatorValue }),
]
