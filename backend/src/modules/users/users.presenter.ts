import type { User } from '@uppfoljning/contract'
import type { Prisma } from '../../generated/prisma/client'
import { stored } from '../../http/present'

/**
 * What a user is read with: the columns shown and the organisations (one query for the page, whatever it holds).
 * The secrets are read only as far as "is one set": the password hash is selected to tell, never presented.
 */
export const userSelect = {
  id: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  archivedAt: true,
  email: true,
  name: true,
  role: true,
  passwordHash: true,
  totpEnabledAt: true,
  oidcSubject: true,
  lastLoginAt: true,
  organisations: { select: { organisation: { select: { id: true, name: true } } }, orderBy: { organisation: { name: 'asc' } } },
} as const satisfies Prisma.UserSelect

export type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>

export const presentUser = (row: UserRow): User => ({
  ...stored(row),
  email: row.email,
  name: row.name,
  role: row.role,
  organisations: row.organisations.map((link) => link.organisation),
  hasPassword: row.passwordHash !== null,
  totpEnabled: row.totpEnabledAt !== null,
  oidcBound: row.oidcSubject !== null,
  lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
})
