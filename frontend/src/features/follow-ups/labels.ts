import type { ActionStatus } from '@uppfoljning/contract'

/** Every action status once, in the order a form offers them (types only from the contract: zod stays out of the bundle). */
const statusOrder = { planned: 0, ongoing: 1, completed: 2, postponed: 3, cancelled: 4 } satisfies Record<ActionStatus, number>
export const actionStatuses = Object.keys(statusOrder) as ActionStatus[]
