// What may be done with a follow-up, and by whom: the checks the follow-up services enforce and the presenter shows
// as `can` (auth/policy.ts). Who may see it at all (another organisation's draft is 404) is follow-up-visibility.ts.
import type { FollowUpCan, FollowUpState, PeriodStatus } from '@uppfoljning/contract'
import { COMMENTERS, REVIEWERS } from '../../auth/access'
import { writesFor, type Actor } from '../../auth/actor'
import { allowed, roleIn, unless, type Refusal, type Verdict } from '../../auth/policy'
import { forbidden, ruleBroken } from '../../errors'

/** What the checks read of a follow-up: its own columns, its period's, and its action's owners and archive state. */
export interface FollowUpFacts {
  state: FollowUpState
  archivedAt: Date | null
  /** when OPK staff reopened it: its period's closing then does not stop its owners (until it is approved again) */
  reopenedAt: Date | null
  period: { name: string; status: PeriodStatus }
  /** the action's owners: its plan's organisation and co-owners */
  owners: number[]
  actionArchivedAt: Date | null
  planArchivedAt: Date | null
}

export type FollowUpWrite = keyof FollowUpCan

const OWN = 'uppföljningar'
const stateNames: Record<FollowUpState, string> = { draft: 'ett utkast', submitted: 'inskickad', returned: 'återsänd', approved: 'godkänd' }

const notArchived = (f: FollowUpFacts) =>
  unless(f.archivedAt !== null, () => ruleBroken('Uppföljningen är arkiverad: återställ den först.'))
/** Closed is closed: a follow-up of a period that is not open changes only after OPK staff reopen it. */
const periodOpen = (f: FollowUpFacts) =>
  unless(f.period.status !== 'open' && f.reopenedAt === null, () =>
    ruleBroken(`Perioden ${f.period.name} är inte öppen: uppföljningen kan inte ändras.`, 'periodId'),
  )
/** The owners change a follow-up only while its action and plan are live (archived ones are read-only until restored). */
const actionLive = (f: FollowUpFacts): Refusal[] => [
  unless(f.actionArchivedAt !== null, () => ruleBroken('Aktiviteten är arkiverad: återställ den innan du ändrar dess uppföljningar.')),
  unless(f.planArchivedAt !== null, () =>
    ruleBroken('Aktivitetens genomförandeplan är arkiverad: återställ den innan du ändrar uppföljningen.'),
  ),
]
const from = (f: FollowUpFacts, states: FollowUpState[], verb: string) =>
  unless(!states.includes(f.state), () => ruleBroken(`En uppföljning som är ${stateNames[f.state]} kan inte ${verb}.`))

/** OPK staff comment on any follow-up, coordinators on those of actions their organisations own or co-own. */
const commenter = (actor: Actor | null, f: FollowUpFacts): Refusal =>
  roleIn(COMMENTERS, actor) ??
  (actor?.role === 'opk_staff' || f.owners.some((owner) => actor?.organisationIds.includes(owner))
    ? null
    : () => forbidden('Du kan bara kommentera uppföljningar för din egen organisation.'))

/**
 * The checks of each write, in the order they answer: 403 who, (the version: 409), then 422 rules.
 * - edit, submit: the action's owners' coordinators; not archived; the period open; the action and plan not
 *   archived; a draft or a returned one (submitted and approved ones are read-only).
 * - approve: OPK staff; not archived; submitted (also after the period has closed: the review may lag).
 * - return: OPK staff; not archived; the period open; submitted.
 * - comment: OPK staff and the owners' coordinators; not archived.
 * - archive (and restore): the owners' coordinators; not in a closed period (not even a reopened one), and an
 *   approved one is not archived (it counts in the figures: OPK staff reopen it if it is wrong).
 * - reopen: OPK staff; an approved one, not archived → returned, with the reason (also in a closed period, which
 *   then no longer stops its owners from changing and resubmitting it).
 */
export function followUpWrite(actor: Actor | null, f: FollowUpFacts, write: FollowUpWrite): Verdict {
  switch (write) {
    case 'edit':
      return {
        who: writesFor(actor, f.owners, OWN),
        rules: [
          notArchived(f),
          periodOpen(f),
          ...actionLive(f),
          unless(f.state !== 'draft' && f.state !== 'returned', () =>
            ruleBroken(`Uppföljningen är ${stateNames[f.state]} och kan inte ändras.`),
          ),
        ],
      }
    case 'submit':
      return {
        who: writesFor(actor, f.owners, OWN),
        rules: [notArchived(f), periodOpen(f), ...actionLive(f), from(f, ['draft', 'returned'], 'skickas in')],
      }
    case 'approve':
      return { who: roleIn(REVIEWERS, actor), rules: [notArchived(f), from(f, ['submitted'], 'godkännas')] }
    case 'return':
      return { who: roleIn(REVIEWERS, actor), rules: [notArchived(f), periodOpen(f), from(f, ['submitted'], 'återsändas')] }
    case 'comment':
      return {
        who: commenter(actor, f),
        rules: [
          unless(f.archivedAt !== null, () => ruleBroken('Uppföljningen är arkiverad och kan inte kommenteras: återställ den först.')),
        ],
      }
    case 'archive':
      return {
        who: writesFor(actor, f.owners, OWN),
        rules: [
          unless(f.period.status === 'closed', () =>
            ruleBroken(
              `Perioden ${f.period.name} är stängd: uppföljningen kan inte arkiveras eller återställas. Be OPK öppna den igen om den är fel.`,
              'periodId',
            ),
          ),
          unless(f.state === 'approved' && f.archivedAt === null, () =>
            ruleBroken(
              'En godkänd uppföljning kan inte arkiveras: den räknas i måluppfyllelsen. Be OPK öppna den igen om den är fel.',
              'state',
            ),
          ),
        ],
      }
    case 'reopen':
      return {
        who: roleIn(REVIEWERS, actor),
        rules: [notArchived(f), from(f, ['approved'], 'öppnas igen (bara en godkänd uppföljning kan det)')],
      }
  }
}

const WRITES: FollowUpWrite[] = ['edit', 'submit', 'approve', 'return', 'comment', 'archive', 'reopen']

/** The follow-up's `can` for the actor. */
export const followUpCan = (actor: Actor | null, f: FollowUpFacts): FollowUpCan =>
  Object.fromEntries(WRITES.map((write) => [write, allowed(followUpWrite(actor, f, write))])) as FollowUpCan
