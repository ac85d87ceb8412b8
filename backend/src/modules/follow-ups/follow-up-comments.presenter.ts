import type { FollowUpComment } from '@uppfoljning/contract'
import type { Prisma } from '../../generated/prisma/client'

/** What a comment is read with: its author, as much as the conversation shows of them. */
export const withAuthor = { author: { select: { id: true, name: true, role: true } } } as const satisfies Prisma.FollowUpCommentInclude

type Row = Prisma.FollowUpCommentGetPayload<{ include: typeof withAuthor }>

export const presentComment = (row: Row): FollowUpComment => ({
  id: row.id,
  body: row.body,
  createdAt: row.createdAt.toISOString(),
  author: { id: row.author.id, name: row.author.name, role: row.author.role },
})
