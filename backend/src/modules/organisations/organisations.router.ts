// GET    /organisations               list (kind, parentId, search, paging)
// POST   /organisations               create
// GET    /organisations/:id           one
// PATCH  /organisations/:id           update (with version)
// POST   /organisations/:id/archive   archive
// POST   /organisations/:id/restore   restore
import { Organisation, OrganisationCreate, OrganisationPage, OrganisationQuery, OrganisationUpdate } from '@uppfoljning/contract'
import { STAFF_MAINTAINED } from '../../auth/access'
import { resourceRoutes } from '../../http/route'
import * as service from './organisations.service'

export const organisationRoutes = resourceRoutes({
  path: '/organisations',
  tag: 'Organisationer',
  access: STAFF_MAINTAINED,
  names: { many: 'organisationer', one: 'en organisation' },
  schemas: { query: OrganisationQuery, create: OrganisationCreate, update: OrganisationUpdate, item: Organisation, page: OrganisationPage },
  service: {
    list: service.listOrganisations,
    create: service.createOrganisation,
    get: service.getOrganisation,
    update: service.updateOrganisation,
    setArchived: service.archiveOrganisation,
  },
})
