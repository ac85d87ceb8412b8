// The API contract: zod schemas and types that backend and frontend both import.
import { z } from 'zod'

// Validation messages in Swedish wherever these schemas parse.
z.config(z.locales.sv())

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
