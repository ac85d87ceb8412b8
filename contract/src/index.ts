// The API contract: zod schemas and types that backend and frontend both import.
// Swedish validation messages wherever these schemas parse.
import './messages'

export * from './common'
export * from './enums'
export * from './health'
export * from './organisations'
export * from './strategies'
export * from './goals'
export * from './measures'
export * from './indicators'
export * from './reporting-periods'
export * from './implementation-plans'
export * from './plan-actions'
export * from './follow-ups'
export * from './personnummer'
export * from './auth'
