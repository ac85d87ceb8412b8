// Rows as the API sends them, for component tests: every field filled, each test overrides what it is about.
import type { FollowUp, Goal, Measure, Organisation, PlanAction, Strategy } from '@uppfoljning/contract'

const stored = (id: number) => ({
  id,
  version: 1,
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
  archivedAt: null,
})

export const strategy = (id: number, fields: Partial<Strategy> = {}): Strategy => ({
  ...stored(id),
  name: 'Strategi mot våld i nära relationer',
  startYear: 2024,
  endYear: 2028,
  overallGoal: 'Alla ska kunna leva ett liv fritt från våld.',
  status: 'active',
  predecessorId: null,
  ...fields,
})

export const goal = (id: number, fields: Partial<Goal> = {}): Goal => ({
  ...stored(id),
  strategyId: 1,
  parentId: null,
  code: `${id}`,
  title: `Mål ${id}`,
  description: '',
  preconditions: '',
  nationalGoal: null,
  sortOrder: id,
  ...fields,
})

export const measure = (id: number, goalId: number, fields: Partial<Measure> = {}): Measure => ({
  ...stored(id),
  goalId,
  strategyId: 1,
  code: `${goalId}.${id}`,
  title: `Åtgärd ${id}`,
  description: '',
  expectedKinds: [],
  expectedOrganisationIds: [],
  targetGroups: [],
  violenceAreas: [],
  preventionLevels: [],
  activeFromYear: null,
  activeToYear: null,
  sortOrder: id,
  weight: 1,
  predecessorMeasureIds: [],
  ...fields,
})

export const organisation = (id: number, name: string, fields: Partial<Organisation> = {}): Organisation => ({
  ...stored(id),
  kind: 'municipality',
  name,
  shortName: null,
  municipalityCode: null,
  parentId: null,
  ...fields,
})

export const planAction = (id: number, fields: Partial<PlanAction> = {}): PlanAction => ({
  ...stored(id),
  planId: 1,
  organisationId: 1,
  strategyId: 1,
  title: `Aktivitet ${id}`,
  description: '',
  responsibleUnit: '',
  plannedStart: null,
  plannedEnd: null,
  status: 'planned',
  measures: [],
  coOwners: [],
  // what the reader may do, as the API answers it: nothing unless the test says so
  can: { edit: false, editLinks: false, archive: false, addFollowUp: false },
  ...fields,
})

export const followUp = (id: number, fields: Partial<FollowUp> = {}): FollowUp => ({
  ...stored(id),
  actionId: 1,
  periodId: 1,
  status: 'ongoing',
  progress: 50,
  narrative: 'Arbetet pågår.',
  results: '',
  obstacles: '',
  state: 'submitted',
  submittedAt: '2026-03-01T09:00:00.000Z',
  reviewedAt: null,
  reviewComment: null,
  can: { edit: false, submit: false, approve: false, return: false, comment: false, archive: false, reopen: false },
  ...fields,
})
