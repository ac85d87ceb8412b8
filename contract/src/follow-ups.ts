import { z } from 'zod'
import { FreeText, Id, Line, PageQuery, Page, Stored, Timestamp, Version, partial } from './common'
import { ActionStatus, FollowUpState, Role } from './enums'
import { COMMENT_MAX, PROGRESS_MAX, PROGRESS_MIN } from './limits'

const fields = {
  /** the action's status as reported for the period */
  status: ActionStatus,
  /** how far the action has come, 0–100 % */
  progress: z.number().int().min(PROGRESS_MIN).max(PROGRESS_MAX).default(0),
  narrative: FreeText().default(''),
  results: FreeText().default(''),
  obstacles: FreeText().default(''),
}

/** One follow-up per action and reporting period; the period must be open. */
export const FollowUpCreate = z.strictObject({ periodId: Id, ...fields }).meta({ id: 'FollowUpCreate' })
export const FollowUpUpdate = z.strictObject({ ...partial(fields), version: Version }).meta({ id: 'FollowUpUpdate' })
/** submit (draft/returned → submitted) and approve (submitted → approved) */
export const FollowUpTransition = z.strictObject({ version: Version }).meta({ id: 'FollowUpTransition' })
/** A comment in a follow-up's conversation: 1–5000 characters after trimming. */
const CommentBody = Line(COMMENT_MAX)
/** return (submitted → returned) with the reviewer's comment, which is also added to the follow-up's conversation */
export const FollowUpReturn = z.strictObject({ version: Version, comment: CommentBody }).meta({ id: 'FollowUpReturn' })
/**
 * reopen (approved → returned) by OPK staff with the reason, which is also added to the follow-up's conversation and
 * kept in the audit trail; the owners may then change and resubmit it even though its period has closed
 */
export const FollowUpReopen = z.strictObject({ version: Version, reason: CommentBody }).meta({ id: 'FollowUpReopen' })
/** a comment on a follow-up by a coordinator of its action's owners or by OPK staff */
export const FollowUpCommentCreate = z.strictObject({ body: CommentBody }).meta({ id: 'FollowUpCommentCreate' })

export const FollowUpQuery = z.strictObject({ ...PageQuery, periodId: Id.optional(), state: FollowUpState.optional() })
export const FollowUpSearchQuery = z.strictObject({
  ...PageQuery,
  periodId: Id.optional(),
  state: FollowUpState.optional(),
  /** follow-ups of actions the organisation owns or co-owns */
  organisationId: Id.optional(),
  strategyId: Id.optional(),
  /** follow-ups of actions linked to a measure of the goal or of one of its sub-goals (delmål) */
  goalId: Id.optional(),
})

/**
 * What the signed-in reader may do with a follow-up, as the server's rules decide it
 * (backend/src/modules/follow-ups/follow-up-policy.ts).
 */
export const FollowUpCan = z
  .object({
    /**
     * PATCH it: a coordinator of the action's owners; a draft or a returned one; not archived; its period open (or
     * the follow-up reopened by OPK staff); its action and plan not archived
     */
    edit: z.boolean(),
    /** submit it for review: the same */
    submit: z.boolean(),
    /** approve it: OPK staff; a submitted one, not archived (also once its period has closed) */
    approve: z.boolean(),
    /** return it with a comment: OPK staff; a submitted one, not archived, its period open */
    return: z.boolean(),
    /** add to its conversation: OPK staff and the action's owners' coordinators; not archived */
    comment: z.boolean(),
    /**
     * archive and restore it: a coordinator of the action's owners; not in a closed period; an approved one is not
     * archived (it counts in the figures)
     */
    archive: z.boolean(),
    /** reopen it (POST /follow-ups/:id/reopen): OPK staff; an approved one, not archived (also in a closed period) */
    reopen: z.boolean(),
  })
  .meta({ id: 'FollowUpCan' })

export const FollowUp = z
  .object({
    ...Stored,
    actionId: z.number().int(),
    periodId: z.number().int(),
    status: ActionStatus,
    progress: z.number().int(),
    narrative: z.string(),
    results: z.string(),
    obstacles: z.string(),
    state: FollowUpState,
    submittedAt: Timestamp.nullable(),
    reviewedAt: Timestamp.nullable(),
    reviewComment: z.string().nullable(),
    can: FollowUpCan,
  })
  .meta({ id: 'FollowUp' })
export const FollowUpPage = Page(FollowUp).meta({ id: 'FollowUpPage' })

/** One comment of the conversation about a follow-up, with who wrote it. */
export const FollowUpComment = z
  .object({
    id: z.number().int(),
    body: z.string(),
    createdAt: Timestamp,
    author: z.object({ id: z.number().int(), name: z.string(), role: Role }),
  })
  .meta({ id: 'FollowUpComment' })
/** The whole conversation about a follow-up, oldest comment first. */
export const FollowUpCommentThread = z.array(FollowUpComment).meta({ id: 'FollowUpCommentThread' })

export type FollowUpCreate = z.infer<typeof FollowUpCreate>
export type FollowUpUpdate = z.infer<typeof FollowUpUpdate>
export type FollowUpReturn = z.infer<typeof FollowUpReturn>
export type FollowUpReopen = z.infer<typeof FollowUpReopen>
export type FollowUpQuery = z.infer<typeof FollowUpQuery>
export type FollowUpSearchQuery = z.infer<typeof FollowUpSearchQuery>
export type FollowUp = z.infer<typeof FollowUp>
export type FollowUpCan = z.infer<typeof FollowUpCan>
export type FollowUpCommentCreate = z.infer<typeof FollowUpCommentCreate>
export type FollowUpComment = z.infer<typeof FollowUpComment>
