import type { OrganisationCreate, OrganisationQuery, OrganisationUpdate } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { db, type Prisma } from '../../db/prisma'
import { write } from '../../db/write'
import { activeOnly, pageOf, pageWindow, setArchived, updateVersioned } from '../../db/queries'
import { duplicate, notFound, ruleBroken } from '../../errors'
import { presentOrganisation } from './organisations.presenter'

const WHAT = 'Organisationen'

export async function listOrganisations(query: OrganisationQuery) {
  const where: Prisma.OrganisationWhereInput = {
    ...activeOnly(query),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.parentId ? { parentId: query.parentId } : {}),
    ...(query.search ? { name: { contains: query.search, mode: 'insensitive' } } : {}),
  }
  const rows = db().organisation.findMany({ where, orderBy: [{ kind: 'asc' }, { name: 'asc' }], ...pageWindow(query) })
  return pageOf(query, rows, db().organisation.count({ where }), presentOrganisation)
}

export async function getOrganisation(id: number) {
  const row = await db().organisation.findUnique({ where: { id } })
  if (!row) throw notFound(WHAT, id)
  return presentOrganisation(row)
}

/** Rules: a unique kommunkod; a parent that exists and is not the organisation itself. */
async function checkRules(input: { municipalityCode?: string | null; parentId?: number | null }, id?: number) {
  if (input.municipalityCode) {
    const other = await db().organisation.findUnique({ where: { municipalityCode: input.municipalityCode } })
    if (other && other.id !== id)
      throw duplicate(`Kommunkoden ${input.municipalityCode} används redan av ${other.name}.`, [
        { path: 'municipalityCode', message: 'Kommunkoden används redan.' },
      ])
  }
  if (input.parentId != null) {
    if (input.parentId === id) throw ruleBroken('En organisation kan inte vara del av sig själv.', 'parentId')
    const parent = await db().organisation.findUnique({ where: { id: input.parentId } })
    if (!parent) throw ruleBroken(`Överordnad organisation ${input.parentId} finns inte.`, 'parentId')
  }
}

export async function createOrganisation(input: OrganisationCreate, actor: Actor) {
  await checkRules(input)
  return presentOrganisation(await write(actor, (tx) => tx.organisation.create({ data: input })))
}

export async function updateOrganisation(id: number, { version, ...changes }: OrganisationUpdate, actor: Actor) {
  await checkRules(changes, id)
  await write(actor, (tx) => updateVersioned(tx.organisation, WHAT, id, version, changes))
  return getOrganisation(id)
}

export async function archiveOrganisation(id: number, archived: boolean, actor: Actor) {
  await write(actor, (tx) => setArchived(tx.organisation, WHAT, id, archived))
  return getOrganisation(id)
}
