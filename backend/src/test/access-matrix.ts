// Who may call what, written out route by route: the expectation that access-matrix.test.ts checks against the
// running app. Deliberately NOT derived from the routes' `access` fields (that would test them against
// themselves): it is the role rules, by hand. A new route fails the test until it has an entry here.
//
// Callers: anonymous; "own" — a coordinator of the organisation that owns the row (plan, action, follow-up);
// "coOwner" — a coordinator of an organisation that co-owns the action (a joint action) but not its plan;
// "other" — a coordinator of another organisation; OPK staff; the steering group.
// Outcomes: 'allow' (the request gets past access control: any status but 401/403), 401, 403, or 404 where the
// row is hidden from the caller (another organisation's draft follow-up).

export type Caller = 'anonymous' | 'own' | 'coOwner' | 'other' | 'opk_staff' | 'steering_group'
export type Outcome = 'allow' | 401 | 403 | 404
export type Expected = Readonly<Record<Caller, Outcome>>

/** The fixture row an `:id` names, when it is not the default row for the path (see access-matrix.test.ts). */
export type Target = 'followUp' | 'draftFollowUp' | 'organisation' | 'report' | 'draftReport'
export interface Case {
  on: Target
  expect: Expected
}

/** health, sign-in, the session */
const PUBLIC: Expected = { anonymous: 'allow', own: 'allow', coOwner: 'allow', other: 'allow', opk_staff: 'allow', steering_group: 'allow' }
/** reading everything published; one's own account */
const SIGNED_IN: Expected = { anonymous: 401, own: 'allow', coOwner: 'allow', other: 'allow', opk_staff: 'allow', steering_group: 'allow' }
/** the strategy and what hangs on it, periods, organisations, users; reviewing follow-ups */
const OPK_STAFF: Expected = { anonymous: 401, own: 403, coOwner: 403, other: 403, opk_staff: 'allow', steering_group: 403 }
/** plans and adding actions to them: the plan's organisation's coordinators only (a co-owner of an action is not one) */
const OWNERS: Expected = { anonymous: 401, own: 'allow', coOwner: 403, other: 403, opk_staff: 403, steering_group: 403 }
/** an action's follow-ups: the coordinators of the action's owners, the plan's organisation and the co-owners alike */
const ACTION_OWNERS: Expected = { ...OWNERS, coOwner: 'allow' }
/**
 * what an action is and whether it exists — its measures, co-owners, title, dates; archive, restore: the plan's
 * organisation and OPK staff, not a co-owner (the PATCH is sent changing the co-owners)
 */
const ACTION_OWNER: Expected = { ...OWNERS, opk_staff: 'allow' }
/** a draft follow-up: other organisations' coordinators do not see it at all */
const DRAFT_READ: Expected = { anonymous: 401, own: 'allow', coOwner: 'allow', other: 404, opk_staff: 'allow', steering_group: 'allow' }
const DRAFT_WRITE: Expected = { anonymous: 401, own: 'allow', coOwner: 'allow', other: 404, opk_staff: 403, steering_group: 403 }

/** the conversation about a follow-up: its owners' coordinators and the reviewers */
const COMMENTERS: Expected = { anonymous: 401, own: 'allow', coOwner: 'allow', other: 403, opk_staff: 'allow', steering_group: 403 }
const DRAFT_COMMENT: Expected = { ...COMMENTERS, other: 404 }
/** the county-wide overview of reporting: OPK staff and the steering group */
const OVERVIEW: Expected = { anonymous: 401, own: 403, coOwner: 403, other: 403, opk_staff: 'allow', steering_group: 'allow' }

/** a draft report: anyone signed in reads it, to the others it does not exist */
const DRAFT_REPORT: Expected = { ...SIGNED_IN, anonymous: 404 }
/** approving a report */
const STEERING_GROUP: Expected = { anonymous: 401, own: 403, coOwner: 403, other: 403, opk_staff: 403, steering_group: 'allow' }

/** a report route, on an approved (published) report and on a draft */
const reports = (approved: Expected, draft: Expected): Case[] => [
  { on: 'report', expect: approved },
  { on: 'draftReport', expect: draft },
]

/** a follow-up route, on a submitted follow-up and on a draft */
const followUp = (submitted: Expected, draft: Expected): Case[] => [
  { on: 'followUp', expect: submitted },
  { on: 'draftFollowUp', expect: draft },
]

/** Route key `METHOD /path` (the path below /api/v1) → expected outcome per caller. */
export const accessMatrix: Readonly<Record<string, Expected | Case[]>> = {
  'GET /health': PUBLIC,

  'GET /auth/session': PUBLIC,
  'POST /auth/login': PUBLIC,
  'POST /auth/logout': PUBLIC,
  'POST /auth/password': SIGNED_IN,
  // second step of a sign-in: public, the pending sign-in is in the session
  'POST /auth/totp/verify': PUBLIC,
  // signed in, or a sign-in waiting for its second factor: without any session the service answers 401
  'POST /auth/totp/setup': SIGNED_IN,
  'POST /auth/totp/enable': PUBLIC,
  'POST /auth/totp/disable': SIGNED_IN,
  'GET /auth/oidc/login': PUBLIC,
  'GET /auth/oidc/callback': PUBLIC,

  'GET /strategies': SIGNED_IN,
  'POST /strategies': OPK_STAFF,
  'GET /strategies/:id': SIGNED_IN,
  'PATCH /strategies/:id': OPK_STAFF,
  'POST /strategies/:id/archive': OPK_STAFF,
  'POST /strategies/:id/restore': OPK_STAFF,

  'GET /goals': SIGNED_IN,
  'POST /goals': OPK_STAFF,
  'GET /goals/:id': SIGNED_IN,
  'PATCH /goals/:id': OPK_STAFF,
  'POST /goals/:id/archive': OPK_STAFF,
  'POST /goals/:id/restore': OPK_STAFF,

  'GET /measures': SIGNED_IN,
  'POST /measures': OPK_STAFF,
  'GET /measures/:id': SIGNED_IN,
  'PATCH /measures/:id': OPK_STAFF,
  'POST /measures/:id/archive': OPK_STAFF,
  'POST /measures/:id/restore': OPK_STAFF,

  'GET /indicators': SIGNED_IN,
  'POST /indicators': OPK_STAFF,
  'GET /indicators/:id': SIGNED_IN,
  'PATCH /indicators/:id': OPK_STAFF,
  'POST /indicators/:id/archive': OPK_STAFF,
  'POST /indicators/:id/restore': OPK_STAFF,
  'GET /indicators/:id/values': SIGNED_IN,
  'POST /indicators/:id/values': OPK_STAFF,
  'GET /indicator-values/:id': SIGNED_IN,
  'PATCH /indicator-values/:id': OPK_STAFF,
  'POST /indicator-values/:id/archive': OPK_STAFF,
  'POST /indicator-values/:id/restore': OPK_STAFF,

  'GET /reporting-periods': SIGNED_IN,
  'POST /reporting-periods': OPK_STAFF,
  'GET /reporting-periods/:id': SIGNED_IN,
  'PATCH /reporting-periods/:id': OPK_STAFF,
  'POST /reporting-periods/:id/archive': OPK_STAFF,
  'POST /reporting-periods/:id/restore': OPK_STAFF,

  'GET /organisations': SIGNED_IN,
  'POST /organisations': OPK_STAFF,
  'GET /organisations/:id': SIGNED_IN,
  'PATCH /organisations/:id': OPK_STAFF,
  'POST /organisations/:id/archive': OPK_STAFF,
  'POST /organisations/:id/restore': OPK_STAFF,

  // user accounts hold e-mail addresses and roles: OPK staff only, not even to read
  'GET /users': OPK_STAFF,
  'POST /users': OPK_STAFF,
  'GET /users/:id': OPK_STAFF,
  'PATCH /users/:id': OPK_STAFF,
  'POST /users/:id/archive': OPK_STAFF,
  'POST /users/:id/restore': OPK_STAFF,

  'GET /implementation-plans': SIGNED_IN,
  'POST /implementation-plans': OWNERS,
  'GET /implementation-plans/:id': SIGNED_IN,
  'PATCH /implementation-plans/:id': OWNERS,
  'POST /implementation-plans/:id/archive': OWNERS,
  'POST /implementation-plans/:id/restore': OWNERS,
  'GET /implementation-plans/:id/history': SIGNED_IN,
  'GET /implementation-plans/:id/as-of': SIGNED_IN,

  'GET /implementation-plans/:id/actions': SIGNED_IN,
  'POST /implementation-plans/:id/actions': OWNERS,
  'GET /plan-actions': SIGNED_IN,
  'GET /plan-actions/:id': SIGNED_IN,
  'PATCH /plan-actions/:id': ACTION_OWNER,
  'POST /plan-actions/:id/archive': ACTION_OWNER,
  'POST /plan-actions/:id/restore': ACTION_OWNER,
  'GET /plan-actions/:id/history': SIGNED_IN,

  // the list leaves other organisations' drafts out instead of refusing (follow-ups.test.ts)
  'GET /plan-actions/:id/follow-ups': SIGNED_IN,
  'POST /plan-actions/:id/follow-ups': ACTION_OWNERS,
  'GET /follow-ups': SIGNED_IN,
  'GET /follow-ups/:id': followUp(SIGNED_IN, DRAFT_READ),
  'PATCH /follow-ups/:id': followUp(ACTION_OWNERS, DRAFT_WRITE),
  'POST /follow-ups/:id/archive': followUp(ACTION_OWNERS, DRAFT_WRITE),
  'POST /follow-ups/:id/restore': followUp(ACTION_OWNERS, DRAFT_WRITE),
  'POST /follow-ups/:id/submit': followUp(ACTION_OWNERS, DRAFT_WRITE),
  'POST /follow-ups/:id/approve': followUp(OPK_STAFF, OPK_STAFF),
  'POST /follow-ups/:id/return': followUp(OPK_STAFF, OPK_STAFF),
  // the fixture is submitted, not approved: OPK staff get past access control to 422
  'POST /follow-ups/:id/reopen': followUp(OPK_STAFF, OPK_STAFF),
  'GET /follow-ups/:id/history': followUp(SIGNED_IN, DRAFT_READ),
  'GET /follow-ups/:id/comments': followUp(SIGNED_IN, DRAFT_READ),
  'POST /follow-ups/:id/comments': followUp(COMMENTERS, DRAFT_COMMENT),

  'GET /reporting-status': OVERVIEW,

  // progress figures: every signed-in reader (other organisations' drafts are left out for coordinators)
  'GET /progress/goals': SIGNED_IN,
  'GET /progress/coverage': SIGNED_IN,
  'GET /progress/organisations/:id': [{ on: 'organisation', expect: SIGNED_IN }],
  'GET /progress/explain': SIGNED_IN,
  'GET /progress/attention': SIGNED_IN,
  'GET /progress/map': SIGNED_IN,
  'GET /progress/trends': SIGNED_IN,
  // exports of the live views: as the views
  ...Object.fromEntries(
    ['pdf', 'xlsx', 'csv'].flatMap((format) => [
      [`GET /progress/goals/export.${format}`, SIGNED_IN],
      [`GET /progress/coverage/export.${format}`, SIGNED_IN],
      [`GET /progress/map/export.${format}`, SIGNED_IN],
      [`GET /progress/trends/export.${format}`, SIGNED_IN],
      [`GET /progress/organisations/:id/export.${format}`, [{ on: 'organisation', expect: SIGNED_IN }]],
    ]),
  ),

  // reports: OPK staff write drafts, the steering group approves; a published report is everyone's (also without
  // signing in), a draft every signed-in user's. Writes on the approved report get past access control to 422.
  'GET /reports': PUBLIC,
  'POST /reports': OPK_STAFF,
  'GET /reports/:id': reports(PUBLIC, DRAFT_REPORT),
  'PATCH /reports/:id': reports(OPK_STAFF, OPK_STAFF),
  'POST /reports/:id/refresh': reports(OPK_STAFF, OPK_STAFF),
  'POST /reports/:id/approve': reports(STEERING_GROUP, STEERING_GROUP),
  // only on the approved report (422 for OPK staff): allowed on the draft, they would archive the fixture
  'POST /reports/:id/archive': [{ on: 'report', expect: OPK_STAFF }],
  'POST /reports/:id/restore': [{ on: 'report', expect: OPK_STAFF }],
  'GET /reports/:id/export.pdf': reports(PUBLIC, DRAFT_REPORT),
  'GET /reports/:id/export.xlsx': reports(PUBLIC, DRAFT_REPORT),
  'GET /reports/:id/export.csv': reports(PUBLIC, DRAFT_REPORT),
}
