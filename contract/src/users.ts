// Users (OPK staff administer them): who signs in, with which role, for which organisations. Secrets (password
// hash, TOTP secret, recovery codes) never appear here: a password goes in, nothing about it comes out but
// whether one is set.
import { z } from 'zod'
import { Email } from './auth'
import { Id, IdSet, Line, Page, PageQuery, Stored, Timestamp, Version } from './common'
import { Role } from './enums'
import { NAME_MAX, PASSWORD_MAX, SEARCH_MAX, USER_ORGANISATIONS_MAX } from './limits'

/** A new password set by OPK staff; its strength is checked by the backend (422 naming `password`). */
const Password = z.string().max(PASSWORD_MAX)

const fields = {
  name: Line(NAME_MAX),
  role: Role,
  /** the organisations a coordinator works for: at least one for a coordinator, none for any other role */
  organisationIds: IdSet(USER_ORGANISATIONS_MAX),
}

export const UserCreate = z
  .strictObject({
    /** unique; stored in lower case */
    email: Email,
    ...fields,
    organisationIds: fields.organisationIds.default([]),
    /** optional initial password (users of an identity provider have none) */
    password: Password.optional(),
  })
  .meta({ id: 'UserCreate' })

/**
 * A change of role, organisations or password ends every session of the user (they sign in again with
 * what they may now do).
 */
export const UserUpdate = z
  .strictObject({
    name: fields.name.optional(),
    role: fields.role.optional(),
    organisationIds: fields.organisationIds.optional(),
    /** a new password (reset by OPK staff) */
    password: Password.optional(),
    version: Version,
  })
  .meta({ id: 'UserUpdate' })

export const UserQuery = z.strictObject({
  ...PageQuery,
  role: Role.optional(),
  /** users working for this organisation */
  organisationId: Id.optional(),
  /** part of the name or the e-mail address */
  search: z.string().max(SEARCH_MAX).optional(),
})

export const User = z
  .object({
    ...Stored,
    email: z.string(),
    name: z.string(),
    role: Role,
    organisations: z.array(z.object({ id: z.number().int(), name: z.string() })),
    /** whether the user can sign in with a password */
    hasPassword: z.boolean(),
    /** whether two-factor authentication (TOTP) is set up */
    totpEnabled: z.boolean(),
    /** whether the user is bound to an identity provider (OIDC) */
    oidcBound: z.boolean(),
    lastLoginAt: Timestamp.nullable(),
  })
  .meta({ id: 'User' })
export const UserPage = Page(User).meta({ id: 'UserPage' })

export type UserCreate = z.infer<typeof UserCreate>
export type UserUpdate = z.infer<typeof UserUpdate>
export type UserQuery = z.infer<typeof UserQuery>
export type User = z.infer<typeof User>
