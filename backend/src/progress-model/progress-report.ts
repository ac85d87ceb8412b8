import { attentionFlags, type AttentionFlags } from './attention'
import { coverage, type Coverage } from './coverage'
import { implementationProgress, type ImplementationProgress } from './implementation-progress'
import type { ProgressInput } from './inputs'
import { indicatorOutcomes, type IndicatorOutcome } from './outcome'

/** Everything the follow-up report shows for one period. */
export interface ProgressReport {
  implementation: ImplementationProgress
  coverage: Coverage
  outcomes: IndicatorOutcome[]
  attention: AttentionFlags
}

/**
 * The whole progress model for one period of one strategy: implementation progress, coverage, outcome
 * progress and attention flags. `asOf` (`YYYY-MM-DD`, normally today) is the date "past its planned start"
 * is judged on while the period runs.
 */
export function progressReport(input: ProgressInput, periodId: number, asOf: string): ProgressReport {
  return {
    implementation: implementationProgress(input, periodId),
    coverage: coverage(input, periodId),
    outcomes: indicatorOutcomes(input, periodId),
    attention: attentionFlags(input, periodId, asOf),
  }
}
