// The progress model (docs/progress.md): pure functions from plain objects to figures, each with its basis.
export * from './inputs'
export * from './action-progress'
export * from './implementation-progress'
export * from './coverage'
export * from './outcome'
export * from './attention'
export * from './progress-report'
