// The enums' values, without zod: the web app's address schemas import them without the contract's schemas
// (app/router.tsx loads before any page). enums.ts builds the schemas on them.
export const strategyStatuses = ['draft', 'active', 'archived'] as const
export const nationalGoals = ['prevention', 'detection_and_support', 'law_enforcement', 'knowledge_and_methods'] as const
export const organisationKinds = ['municipality', 'district', 'authority', 'region', 'association'] as const
export const targetGroups = ['adults_subjected', 'children_experiencing', 'perpetrators', 'professionals', 'general_public'] as const
export const violenceAreas = ['intimate_partner', 'honour_related', 'sexual', 'prostitution', 'trafficking'] as const
export const preventionLevels = ['universal', 'selective', 'indicated'] as const
export const indicatorDirections = ['increase', 'decrease'] as const
export const periodStatuses = ['planned', 'open', 'closed'] as const
export const planStatuses = ['draft', 'adopted', 'archived'] as const
export const actionStatuses = ['planned', 'ongoing', 'completed', 'postponed', 'cancelled'] as const
export const followUpStates = ['draft', 'submitted', 'returned', 'approved'] as const
export const roles = ['coordinator', 'opk_staff', 'steering_group'] as const
