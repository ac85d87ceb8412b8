// GET    /plan-actions/:id/follow-ups   an action's follow-ups (periodId, state, paging)
// POST   /plan-actions/:id/follow-ups   create the action's follow-up for a period
// GET    /follow-ups                    search (periodId, state, organisationId, strategyId, goalId, paging)
// GET    /follow-ups/:id                one
// PATCH  /follow-ups/:id                update (with version; only a draft or a returned one)
// POST   /follow-ups/:id/submit         draft|returned → submitted
// POST   /follow-ups/:id/approve        submitted → approved
// POST   /follow-ups/:id/return         submitted → returned, with the reviewer's comment (also added to the conversation)
// POST   /follow-ups/:id/reopen         approved → returned, by OPK staff with a reason (conversation and audit trail); also in a closed period
// GET    /follow-ups/:id/comments       the conversation about the follow-up, oldest first
// POST   /follow-ups/:id/comments       add a comment (the owners' coordinators and OPK staff)
// POST   /follow-ups/:id/archive        archive
// POST   /follow-ups/:id/restore        restore
// Access: coordinators of the action's owners (plan organisation, co-owners) write and submit; OPK staff approve
// and return; both comment. A draft is visible only to its owners' coordinators, OPK staff and the steering group (404 to others).
import {
  FollowUp,
  FollowUpComment,
  FollowUpCommentCreate,
  FollowUpCommentThread,
  FollowUpCreate,
  FollowUpPage,
  FollowUpQuery,
  FollowUpReopen,
  FollowUpReturn,
  FollowUpSearchQuery,
  FollowUpTransition,
  FollowUpUpdate,
  IdParams,
} from '@uppfoljning/contract'
import { COMMENTERS, ORGANISATION_OWNED, REVIEWERS } from '../../auth/access'
import { itemRoutes, route } from '../../http/route'
import * as comments from './follow-up-comments.service'
import * as service from './follow-ups.service'

const tag = 'Uppföljningar'

export const followUpRoutes = [
  route({
    method: 'get',
    path: '/plan-actions/:id/follow-ups',
    tag,
    access: ORGANISATION_OWNED.read,
    summary: 'Lista en aktivitets uppföljningar',
    params: IdParams,
    query: FollowUpQuery,
    response: FollowUpPage,
    handler: ({ params, query, actor }) => service.listActionFollowUps(params.id, query, actor),
  }),
  route({
    method: 'post',
    path: '/plan-actions/:id/follow-ups',
    tag,
    access: ORGANISATION_OWNED.write,
    summary: 'Följ upp en aktivitet för en period',
    params: IdParams,
    body: FollowUpCreate,
    response: FollowUp,
    status: 201,
    handler: ({ params, body, actor }) => service.createFollowUp(params.id, body, actor),
  }),
  route({
    method: 'get',
    path: '/follow-ups',
    tag,
    access: ORGANISATION_OWNED.read,
    summary: 'Sök uppföljningar',
    query: FollowUpSearchQuery,
    response: FollowUpPage,
    handler: ({ query, actor }) => service.searchFollowUps(query, actor),
  }),
  ...itemRoutes({
    path: '/follow-ups',
    tag,
    one: 'en uppföljning',
    access: ORGANISATION_OWNED,
    schemas: { update: FollowUpUpdate, item: FollowUp },
    service: { get: service.getFollowUp, update: service.updateFollowUp, setArchived: service.archiveFollowUp },
  }),
  route({
    method: 'post',
    path: '/follow-ups/:id/submit',
    tag,
    access: ORGANISATION_OWNED.write,
    summary: 'Skicka in en uppföljning',
    params: IdParams,
    body: FollowUpTransition,
    response: FollowUp,
    handler: ({ params, body, actor }) => service.submitFollowUp(params.id, body, actor),
  }),
  route({
    method: 'post',
    path: '/follow-ups/:id/approve',
    tag,
    access: REVIEWERS,
    summary: 'Godkänn en uppföljning',
    params: IdParams,
    body: FollowUpTransition,
    response: FollowUp,
    handler: ({ params, body, actor }) => service.approveFollowUp(params.id, body, actor),
  }),
  route({
    method: 'post',
    path: '/follow-ups/:id/return',
    tag,
    access: REVIEWERS,
    summary: 'Återsänd en uppföljning med kommentar',
    params: IdParams,
    body: FollowUpReturn,
    response: FollowUp,
    handler: ({ params, body, actor }) => service.returnFollowUp(params.id, body, actor),
  }),
  route({
    method: 'post',
    path: '/follow-ups/:id/reopen',
    tag,
    access: REVIEWERS,
    summary: 'Öppna en godkänd uppföljning igen, med skäl',
    params: IdParams,
    body: FollowUpReopen,
    response: FollowUp,
    handler: ({ params, body, actor }) => service.reopenFollowUp(params.id, body, actor),
  }),
  route({
    method: 'get',
    path: '/follow-ups/:id/comments',
    tag,
    access: ORGANISATION_OWNED.read,
    summary: 'Läs samtalet om en uppföljning',
    params: IdParams,
    response: FollowUpCommentThread,
    handler: ({ params, actor }) => comments.listComments(params.id, actor),
  }),
  // the owners' coordinators answer the reviewers: both may comment (the service checks which organisations own it)
  route({
    method: 'post',
    path: '/follow-ups/:id/comments',
    tag,
    access: COMMENTERS,
    summary: 'Kommentera en uppföljning',
    params: IdParams,
    body: FollowUpCommentCreate,
    response: FollowUpComment,
    status: 201,
    handler: ({ params, body, actor }) => comments.addComment(params.id, body, actor),
  }),
]
