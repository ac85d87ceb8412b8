import type { Role, UserCreate, UserQuery, UserUpdate } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { hashPassword } from '../../auth/passwords'
import { assertStrongPassword } from '../auth/new-password'
import { endSessionsOf } from '../../auth/sessions'
import { db, type Prisma } from '../../db/prisma'
import { activeOnly, expectVersion, pageOf, pageWindow, setArchived, updateVersioned } from '../../db/queries'
import { write } from '../../db/write'
import { duplicate, notFound, ruleBroken } from '../../errors'
import { presentUser, userSelect } from './users.presenter'

const WHAT = 'Användaren'

/** Users by name; filtered by role, by an organisation they work for, and by part of the name or e-mail. */
export async function listUsers(query: UserQuery) {
  const where: Prisma.UserWhereInput = {
    ...activeOnly(query),
    ...(query.role ? { role: query.role } : {}),
    ...(query.organisationId ? { organisations: { some: { organisationId: query.organisationId } } } : {}),
    ...(query.search
      ? { OR: [{ name: { contains: query.search, mode: 'insensitive' } }, { email: { contains: query.search, mode: 'insensitive' } }] }
      : {}),
  }
  const rows = db().user.findMany({ where, select: userSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...pageWindow(query) })
  return pageOf(query, rows, db().user.count({ where }), presentUser)
}

export async function getUser(id: number) {
  const row = await db().user.findUnique({ where: { id }, select: userSelect })
  if (!row) throw notFound(WHAT, id)
  return presentUser(row)
}

/**
 * Role and organisations as they would be stored: a coordinator works for at least one organisation, every
 * other role for none. The organisations being added must exist and not be archived.
 */
async function checkOrganisations(role: Role, organisationIds: number[], added: number[]) {
  if (role === 'coordinator' && organisationIds.length === 0)
    throw ruleBroken('En samordnare måste arbeta för minst en organisation.', 'organisationIds')
  if (role !== 'coordinator' && organisationIds.length > 0)
    throw ruleBroken('Bara samordnare kopplas till organisationer: ta bort organisationerna för den här rollen.', 'organisationIds')
  if (added.length === 0) return
  const found = await db().organisation.findMany({ where: { id: { in: added }, archivedAt: null }, select: { id: true } })
  const present = new Set(found.map((o) => o.id))
  const missing = added.filter((id) => !present.has(id))
  if (missing.length) throw ruleBroken(`Organisationerna ${missing.join(', ')} finns inte eller är arkiverade.`, 'organisationIds')
}

/** The argon2id hash of a password OPK staff set for the user with `email`, after the strength check (422 naming `password`). */
async function newPasswordHash(password: string, email: string): Promise<string> {
  await assertStrongPassword(password, email, 'password')
  return hashPassword(password)
}

/**
 * Creates a user. Rules: a unique e-mail address (409); organisations for coordinators only, at least one
 * (422); an initial password, when given, strong enough (422).
 */
export async function createUser({ password, organisationIds, ...fields }: UserCreate, actor: Actor) {
  await checkOrganisations(fields.role, organisationIds, organisationIds)
  const other = await db().user.findUnique({ where: { email: fields.email }, select: { archivedAt: true } })
  if (other) {
    const archived = other.archivedAt ? ' (inaktiverad: återställ den i stället)' : ''
    throw duplicate(`E-postadressen ${fields.email} används redan av en annan användare${archived}.`, [
      { path: 'email', message: 'E-postadressen används redan.' },
    ])
  }
  const passwordHash = password === undefined ? null : await newPasswordHash(password, fields.email)
  const id = await write(actor, async (tx) => {
    const { id } = await tx.user.create({ data: { ...fields, passwordHash }, select: { id: true } })
    if (organisationIds.length)
      await tx.userOrganisation.createMany({ data: organisationIds.map((organisationId) => ({ userId: id, organisationId })) })
    return id
  })
  return getUser(id)
}

/**
 * Updates a user; rules are checked on the stored values combined with the changes. A given `organisationIds`
 * replaces the stored ones. A change of role, of organisations or of the password ends every session of the
 * user. OPK staff change neither their own role nor (here, without their current password) their own password.
 */
export async function updateUser(id: number, { version, organisationIds, password, ...changes }: UserUpdate, actor: Actor) {
  const row = await db().user.findUnique({
    where: { id },
    select: { version: true, role: true, email: true, organisations: { select: { organisationId: true } } },
  })
  if (!row) throw notFound(WHAT, id)
  expectVersion(row, version)
  const role = changes.role ?? row.role
  if (id === actor.id && role !== row.role)
    throw ruleBroken('Du kan inte ändra din egen roll: be någon annan på OPK:s kansli om det.', 'role')
  if (id === actor.id && password !== undefined)
    throw ruleBroken('Byt ditt eget lösenord under ditt konto: det kräver ditt nuvarande lösenord.', 'password')
  const current = row.organisations.map((link) => link.organisationId)
  const added = (organisationIds ?? []).filter((organisationId) => !current.includes(organisationId))
  const removed = organisationIds ? current.filter((organisationId) => !organisationIds.includes(organisationId)) : []
  await checkOrganisations(role, organisationIds ?? current, added)
  const passwordHash = password === undefined ? undefined : await newPasswordHash(password, row.email)

  await write(actor, async (tx) => {
    await updateVersioned(tx.user, WHAT, id, version, { ...changes, ...(passwordHash ? { passwordHash } : {}) })
    if (removed.length) await tx.userOrganisation.deleteMany({ where: { userId: id, organisationId: { in: removed } } })
    if (added.length) await tx.userOrganisation.createMany({ data: added.map((organisationId) => ({ userId: id, organisationId })) })
  })
  // After the commit: a failed update leaves the sessions as they were.
  if (role !== row.role || added.length || removed.length || passwordHash) await endSessionsOf(id)
  return getUser(id)
}

/**
 * Disables (archived = true) or re-enables a user. A disabled user's sessions end and sign-in is refused;
 * OPK staff cannot disable themselves.
 */
export async function archiveUser(id: number, archived: boolean, actor: Actor) {
  if (archived && id === actor.id) throw ruleBroken('Du kan inte inaktivera ditt eget konto: be någon annan på OPK:s kansli om det.')
  await write(actor, (tx) => setArchived(tx.user, WHAT, id, archived))
  if (archived) await endSessionsOf(id)
  return getUser(id)
}
