// GET    /measures               list (strategyId, goalId, expectedOrganisationId, paging; in goal order)
// POST   /measures               create, with its expected organisations and the measures it replaces
// GET    /measures/:id           one
// PATCH  /measures/:id           update (with version); a given id array replaces the stored links
// POST   /measures/:id/archive   archive
// POST   /measures/:id/restore   restore
import { Measure, MeasureCreate, MeasurePage, MeasureQuery, MeasureUpdate } from '@uppfoljning/contract'
import { STAFF_MAINTAINED } from '../../auth/access'
import { resourceRoutes } from '../../http/route'
import * as service from './measures.service'

export const measureRoutes = resourceRoutes({
  path: '/measures',
  tag: 'Åtgärder',
  access: STAFF_MAINTAINED,
  names: { many: 'åtgärder', one: 'en åtgärd' },
  schemas: { query: MeasureQuery, create: MeasureCreate, update: MeasureUpdate, item: Measure, page: MeasurePage },
  service: {
    list: service.listMeasures,
    create: service.createMeasure,
    get: service.getMeasure,
    update: service.updateMeasure,
    setArchived: service.archiveMeasure,
  },
})
