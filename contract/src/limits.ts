// Every limit of the API's inputs, once: the schemas of this package enforce them and the web forms read them
// (maxLength hints, character counters, their own messages), so a limit changed here changes everywhere. Plain
// numbers and no zod, so that a form can import them without the schemas.

/** Free text (descriptions, narratives, a report's summary): capped so that no request can carry unbounded text. */
export const FREE_TEXT_MAX = 20_000
/** Any one-line text without a limit of its own. */
export const LINE_MAX = 300

/** A goal's or a measure's code ("3", "2.1"). */
export const CODE_MAX = 20
/** The title of a goal, a measure, a plan and a plan action; an indicator's name. */
export const TITLE_MAX = 300
/** The name of an organisation, a strategy, a user; a report's title; the body that adopted a plan. */
export const NAME_MAX = 200
/** An organisation's short name; an indicator's unit. */
export const SHORT_NAME_MAX = 60
/** A reporting period's name ("2025"). */
export const PERIOD_NAME_MAX = 40
/** A plan action's responsible unit (ansvarig enhet). */
export const RESPONSIBLE_UNIT_MAX = 300
/** A strategy's overall goal (övergripande mål). */
export const OVERALL_GOAL_MAX = 2_000
/** An indicator's data source. */
export const DATA_SOURCE_MAX = 500
/** The note on an indicator value. */
export const NOTE_MAX = 2_000
/** A comment in a follow-up's conversation, also the reviewer's comment when returning one. */
export const COMMENT_MAX = 5_000
/** A report's analysis of one goal. */
export const ANALYSIS_MAX = 5_000
/** How many goals' analyses one report update may carry. */
export const ANALYSES_MAX = 500
/** A search text in a list's filters. */
export const SEARCH_MAX = 100

/** An e-mail address (RFC 5321). */
export const EMAIL_MAX = 254
/** A password as typed. */
export const PASSWORD_MAX = 256
/** A new password: at least this many characters (its strength is checked besides, by the backend). */
export const PASSWORD_MIN = 8

/** The years a strategy, a plan, a measure or an indicator may name. */
export const YEAR_MIN = 2000
export const YEAR_MAX = 2100
/** A follow-up's progress, in whole percent. */
export const PROGRESS_MIN = 0
export const PROGRESS_MAX = 100
/** A measure's weight in its goal's implementation progress (docs/progress.md): 1 = equal, 0 = not counted. */
export const MEASURE_WEIGHT_MIN = 0
export const MEASURE_WEIGHT_MAX = 100
export const MEASURE_WEIGHT_DEFAULT = 1
/** The place of a goal or a measure among its siblings. */
export const SORT_ORDER_MAX = 10_000

/** The measures a plan action carries out, and its co-owners. */
export const ACTION_MEASURES_MAX = 50
export const ACTION_CO_OWNERS_MAX = 50
/** The organisations a measure names, and the measures it replaces. */
export const MEASURE_IDS_MAX = 500
/** The organisations a coordinator works for. */
export const USER_ORGANISATIONS_MAX = 100

/** A database id: a positive integer (PostgreSQL's `integer`), written with at most this many digits in a path or query. */
export const ID_MAX = 2_147_483_647
export const ID_DIGITS = /^\d{1,10}$/

/** One page of a list. */
export const PAGE_SIZE_MAX = 200
export const PAGE_SIZE_DEFAULT = 50
