// GET    /users               list (role, organisationId, search, paging)
// POST   /users               create (with an optional initial password)
// GET    /users/:id           one
// PATCH  /users/:id           update (with version): name, role, organisations, password reset
// POST   /users/:id/archive   disable: the user's sessions end and sign-in is refused
// POST   /users/:id/restore   enable again
//
// OPK staff only, reading included: the list shows who works where and how they sign in.
import { User, UserCreate, UserPage, UserQuery, UserUpdate } from '@uppfoljning/contract'
import { resourceRoutes } from '../../http/route'
import * as service from './users.service'

const OPK_STAFF = ['opk_staff'] as const

export const userRoutes = resourceRoutes({
  path: '/users',
  tag: 'Användare',
  access: { read: OPK_STAFF, write: OPK_STAFF },
  names: { many: 'användare', one: 'en användare' },
  schemas: { query: UserQuery, create: UserCreate, update: UserUpdate, item: User, page: UserPage },
  service: {
    list: service.listUsers,
    create: service.createUser,
    get: service.getUser,
    update: service.updateUser,
    setArchived: service.archiveUser,
  },
})
