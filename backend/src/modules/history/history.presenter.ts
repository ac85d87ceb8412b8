import type { HistoryAction, HistoryEntity, HistoryEvent, ImplementationPlanAsOf, PlanActionAsOf } from '@uppfoljning/contract'

/** A row as the audit trigger stored it: `to_jsonb` of the table row (timestamps without a zone, in UTC). */
export type Image = Record<string, unknown>

/** An AuditEvent with the name of the user who made it. */
export interface EventRow {
  id: bigint
  at: Date
  userId: number | null
  userName: string | null
  entity: HistoryEntity
  entityId: number
  action: 'INSERT' | 'UPDATE' | 'DELETE'
  before: Image | null
  after: Image | null
}

/** Columns that are timestamps (the others that look like dates are calendar dates, e.g. plannedStart). */
const TIMESTAMPS = new Set(['createdAt', 'updatedAt', 'archivedAt', 'submittedAt', 'reviewedAt', 'reopenedAt'])
/**
 * Never shown as changes: bookkeeping that changes with every write (updatedAt, version), and what the event
 * already says (the row's id and the parent id a link row is recorded under are `entityId`, createdAt is `at`).
 */
const UNSHOWN = new Set(['id', 'createdAt', 'updatedAt', 'version'])
const PARENT_KEY: Partial<Record<HistoryEntity, string>> = { PlanActionMeasure: 'actionId', PlanActionCoOwner: 'actionId' }

/** A stored timestamp (`2024-05-01T10:00:00.123`, UTC) as ISO 8601 with its zone. */
const utc = (stamp: string) => new Date(`${stamp}Z`).toISOString()

function value(field: string, stored: unknown): unknown {
  if (stored === undefined || stored === null) return null
  return TIMESTAMPS.has(field) && typeof stored === 'string' ? utc(stored) : stored
}

/** INSERT → created, DELETE → deleted; an UPDATE that set or cleared archivedAt → archived or restored. */
function actionOf(row: EventRow): HistoryAction {
  if (row.action === 'INSERT') return 'created'
  if (row.action === 'DELETE') return 'deleted'
  const was = row.before?.archivedAt ?? null
  const is = row.after?.archivedAt ?? null
  if (was === null && is !== null) return 'archived'
  if (was !== null && is === null) return 'restored'
  return 'updated'
}

function changesOf(row: EventRow) {
  const before = row.before ?? {}
  const after = row.after ?? {}
  // jsonb keeps no column order: fields in alphabetical order
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
  return fields
    .filter((field) => !UNSHOWN.has(field) && field !== PARENT_KEY[row.entity])
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, before: value(field, before[field]), after: value(field, after[field]) }))
}

export const presentEvent = (row: EventRow): HistoryEvent => ({
  id: Number(row.id),
  at: row.at.toISOString(),
  user: row.userId === null ? null : { id: row.userId, name: row.userName ?? `Användare ${row.userId}` },
  entity: row.entity,
  entityId: row.entityId,
  action: actionOf(row),
  changes: changesOf(row),
})

const text = (image: Image, field: string) => image[field] as string
const textOrNull = (image: Image, field: string) => (image[field] ?? null) as string | null
const stamp = (image: Image, field: string) => value(field, image[field]) as string | null

function storedOf(image: Image) {
  return {
    id: image.id as number,
    version: image.version as number,
    createdAt: stamp(image, 'createdAt')!,
    updatedAt: stamp(image, 'updatedAt')!,
    archivedAt: stamp(image, 'archivedAt'),
  }
}

/** An action's image with its links as they were then. Calendar dates are stored as `2024-05-01` already. */
export const presentActionAsOf = (image: Image, measureIds: number[], coOwnerIds: number[]): PlanActionAsOf => ({
  ...storedOf(image),
  title: text(image, 'title'),
  description: text(image, 'description'),
  responsibleUnit: text(image, 'responsibleUnit'),
  plannedStart: textOrNull(image, 'plannedStart'),
  plannedEnd: textOrNull(image, 'plannedEnd'),
  status: image.status as PlanActionAsOf['status'],
  measureIds,
  coOwnerIds,
})

export const presentPlanAsOf = (asOf: Date, organisationName: string, image: Image, actions: PlanActionAsOf[]): ImplementationPlanAsOf => ({
  asOf: asOf.toISOString(),
  ...storedOf(image),
  organisationId: image.organisationId as number,
  organisationName,
  strategyId: image.strategyId as number,
  title: text(image, 'title'),
  startYear: image.startYear as number,
  endYear: image.endYear as number,
  status: image.status as ImplementationPlanAsOf['status'],
  adoptedOn: textOrNull(image, 'adoptedOn'),
  adoptedBy: textOrNull(image, 'adoptedBy'),
  actions,
})
