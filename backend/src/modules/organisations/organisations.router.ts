// GET    /organisations               list (kind, parentId, search, paging)
// POST   /organisations               create
// GET    /organisations/:id           one
// PATCH  /organisations/:id           update (with version)
// POST   /organisations/:id/archive   archive
// POST   /organisations/:id/restore   restore
import { IdParams, Organisation, OrganisationCreate, OrganisationPage, OrganisationQuery, OrganisationUpdate } from '@uppfoljning/contract'
import { archiveRoutes, route } from '../../http/route'
import * as service from './organisations.service'

const tag = 'Organisationer'

export const organisationRoutes = [
  route({ method: 'get', path: '/organisations', tag, summary: 'Lista organisationer', query: OrganisationQuery, response: OrganisationPage,
    handler: ({ query }) => service.listOrganisations(query) }),
  route({ method: 'post', path: '/organisations', tag, summary: 'Skapa en organisation', body: OrganisationCreate, response: Organisation, status: 201,
    handler: ({ body }) => service.createOrganisation(body) }),
  route({ method: 'get', path: '/organisations/:id', tag, summary: 'Hämta en organisation', params: IdParams, response: Organisation,
    handler: ({ params }) => service.getOrganisation(params.id) }),
  route({ method: 'patch', path: '/organisations/:id', tag, summary: 'Ändra en organisation', params: IdParams, body: OrganisationUpdate, response: Organisation,
    handler: ({ params, body }) => service.updateOrganisation(params.id, body) }),
  ...archiveRoutes({ path: '/organisations', tag, noun: 'en organisation', response: Organisation, setArchived: service.archiveOrganisation }),
]
