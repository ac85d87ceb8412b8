// The conversation about a follow-up: the reviewer's comments (also written when returning it) and the
// organisation's answers. Comments are never changed or removed: they are part of the public record.
import type { FollowUpCommentCreate } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { db, type Tx } from '../../db/prisma'
import { write } from '../../db/write'
import { enforce } from '../../auth/policy'
import { notFound } from '../../errors'
import { followUpWrite } from './follow-up-policy'
import { findFor, visibleTo, WHAT } from './follow-up-visibility'
import { presentComment, withAuthor } from './follow-up-comments.presenter'

/**
 * The conversation about a follow-up, oldest comment first, for whoever may see the follow-up: another
 * organisation's draft is answered 404. Two queries, however long the thread.
 */
export async function listComments(id: number, actor: Actor) {
  const followUp = await db().followUp.findFirst({ where: { AND: [{ id }, visibleTo(actor)] }, select: { id: true } })
  if (!followUp) throw notFound(WHAT, id)
  const rows = await db().followUpComment.findMany({
    where: { followUpId: id },
    include: withAuthor,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  })
  return rows.map(presentComment)
}

/** Adds a comment by `actor` to the follow-up's conversation, inside the caller's transaction. */
export const appendComment = (tx: Tx, actor: Actor, followUpId: number, body: string) =>
  tx.followUpComment.create({ data: { followUpId, authorId: actor.id, body }, include: withAuthor })

/**
 * Comments on a follow-up. OPK staff may comment on any follow-up, coordinators only on those of actions their
 * organisations own or co-own (403; 404 for another organisation's draft, as for reading it); the route admits no
 * one else. Rule: an archived follow-up takes no comments (422). The checks: follow-up-policy.ts ('comment').
 */
export async function addComment(id: number, { body }: FollowUpCommentCreate, actor: Actor) {
  const row = await write(actor, async (tx) => {
    enforce(followUpWrite(actor, (await findFor(tx, actor, id)).facts, 'comment'))
    return appendComment(tx, actor, id, body)
  })
  return presentComment(row)
}
