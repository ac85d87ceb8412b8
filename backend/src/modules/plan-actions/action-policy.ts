// What may be done with an action, and by whom: the checks the action and follow-up services enforce and the
// action presenter shows as `can` (auth/policy.ts). Owners: the plan's organisation and the co-owners of a joint
// action (action-owners.ts). A joint action belongs to the plan's organisation: its co-owners report on it (its
// description and status, its follow-ups) but do not decide what it is, what it is linked to, or whether it exists.
import type { PlanActionCan } from '@uppfoljning/contract'
import { writesFor, type Actor } from '../../auth/actor'
import { allowed, unless, type Refusal, type Verdict } from '../../auth/policy'
import { forbidden, ruleBroken } from '../../errors'

/** What the checks read of an action: its owners and whether it and its plan are archived (read with the row). */
export interface ActionFacts {
  /** the plan's organisation: the action's owner */
  organisationId: number
  /** the plan's organisation and the co-owners */
  owners: number[]
  archivedAt: Date | null
  planArchivedAt: Date | null
}

/**
 * The fields only the plan's organisation (and OPK staff) may change: what the action is and what it is linked to.
 * The others — its description and status — its co-owners may change as well.
 */
const OWNER_FIELDS = ['title', 'responsibleUnit', 'plannedStart', 'plannedEnd', 'measureIds', 'coOwnerIds'] as const
export type OwnerField = (typeof OWNER_FIELDS)[number]

const FIELD_NAMES: Record<OwnerField, string> = {
  title: 'namnet',
  responsibleUnit: 'ansvarig enhet',
  plannedStart: 'planerad start',
  plannedEnd: 'planerat slut',
  measureIds: 'åtgärderna',
  coOwnerIds: 'medägarna',
}

/**
 * The writes of an action:
 * - edit: PATCH its description and status — the coordinators of its owners (plan's organisation and co-owners) and
 *   OPK staff;
 * - editLinks: PATCH the owner's fields (OWNER_FIELDS: title, responsible unit, planned dates, measures, co-owners) —
 *   the coordinators of the plan's organisation and OPK staff; a co-owner is refused (403 naming the fields);
 * - archive: archive and restore it — as editLinks.
 * All of them only while the plan is not archived (422: an archived plan is read-only until restored).
 */
type ActionWrite = keyof Omit<PlanActionCan, 'addFollowUp'>

const OWN = 'aktiviteter'

const isOwner = (actor: Actor | null, action: ActionFacts) =>
  actor?.role === 'coordinator' && actor.organisationIds.includes(action.organisationId)
const isCoOwner = (actor: Actor | null, action: ActionFacts) =>
  actor?.role === 'coordinator' && action.owners.some((id) => actor.organisationIds.includes(id))

/** The owners' coordinators and OPK staff (403 for others). */
const owners = (actor: Actor | null, action: ActionFacts): Refusal =>
  actor?.role === 'opk_staff' ? null : writesFor(actor, action.owners, OWN)

/**
 * The plan's organisation's coordinators and OPK staff; a co-owner is told, in Swedish and per field, what only the
 * owner may change (`fields`: the owner's fields the request changes; none for archive and restore).
 */
function owner(actor: Actor | null, action: ActionFacts, fields: readonly OwnerField[]): Refusal {
  if (actor?.role === 'opk_staff' || isOwner(actor, action)) return null
  if (!isCoOwner(actor, action)) return writesFor(actor, [action.organisationId], OWN)
  if (!fields.length)
    return () =>
      forbidden(
        'Aktiviteten är myndighetsgemensam: bara organisationen som äger den (genomförandeplanens organisation) kan arkivera eller återställa den.',
      )
  const names = fields.map((field) => FIELD_NAMES[field])
  const message = (name: string) =>
    `Som medägare kan du inte ändra ${name}: det kan bara organisationen som äger aktiviteten (genomförandeplanens organisation).`
  return () =>
    forbidden(
      `Som medägare kan du ändra beskrivning och status, men inte ${names.join(', ')}: det kan bara organisationen som äger aktiviteten (genomförandeplanens organisation).`,
      fields.map((field) => ({ path: field, message: message(FIELD_NAMES[field]) })),
    )
}

const planLive = (action: ActionFacts) =>
  unless(action.planArchivedAt !== null, () =>
    ruleBroken('Genomförandeplanen är arkiverad: återställ den innan du ändrar dess aktiviteter.'),
  )

/**
 * The checks of a write to the action (ActionWrite), in the order they answer: 403 who, (the version: 409), 422 the
 * rules. `changed`: the owner's fields the PATCH changes (editLinks); the flag in `can` asks for all of them.
 */
export function actionWrite(
  actor: Actor | null,
  action: ActionFacts,
  write: ActionWrite,
  changed: readonly OwnerField[] = OWNER_FIELDS,
): Verdict {
  switch (write) {
    case 'edit':
      return { who: owners(actor, action), rules: [planLive(action)] }
    case 'editLinks':
      return { who: owner(actor, action, changed), rules: [planLive(action)] }
    case 'archive':
      return { who: owner(actor, action, []), rules: [planLive(action)] }
  }
}

/**
 * Follow the action up (create its follow-up for a period): its owners' coordinators (403), while neither the action
 * nor its plan is archived (422). The period's own rules (open, of the plan's strategy) are checked on creation.
 */
export const addFollowUp = (actor: Actor | null, action: ActionFacts): Verdict => ({
  who: writesFor(actor, action.owners, 'uppföljningar'),
  rules: [
    unless(action.archivedAt !== null, () => ruleBroken('Aktiviteten är arkiverad och kan inte följas upp.')),
    unless(action.planArchivedAt !== null, () =>
      ruleBroken('Aktivitetens genomförandeplan är arkiverad: aktiviteten kan inte följas upp.'),
    ),
  ],
})

/** The action's `can` for the actor. */
export const actionCan = (actor: Actor | null, action: ActionFacts): PlanActionCan => ({
  edit: allowed(actionWrite(actor, action, 'edit')),
  editLinks: allowed(actionWrite(actor, action, 'editLinks')),
  archive: allowed(actionWrite(actor, action, 'archive')),
  addFollowUp: allowed(addFollowUp(actor, action)),
})
