// The figures a report freezes: what the progress API answers for the period right now (goals, coverage matrix,
// attention flags), plus every organisation's figures and every indicator outcome, read from the same model.
import type { ReportSnapshot } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { coverage as coverageOf, implementationProgress, indicatorOutcomes } from '../../progress-model'
import { presentCoverage, presentFigure, presentIndicator, presentOrganisation } from '../progress/progress.presenter'
import { participants, progressScope } from '../progress/progress.scope'
import { getAttention, getCoverageMatrix, getGoalProgress } from '../progress/progress.service'

/**
 * The reader a report is computed for: a coordinator of no organisation, who sees nobody's draft follow-ups. Drafts
 * never count, so the figures are everyone's; only "missing, a draft exists" loses the draft's name, and a
 * published report, readable without signing in, never shows a draft (the `id` is never used by a read).
 */
const PUBLIC_READER: Actor = { id: 0, role: 'coordinator', organisationIds: [] }

/** The period's figures computed now, as the report stores them. 404 for an unknown period, 422 an archived one. */
export async function computeSnapshot(periodId: number): Promise<ReportSnapshot> {
  const query = { periodId }
  const computedAt = new Date().toISOString()
  const [goals, coverage, attention, { world }] = await Promise.all([
    getGoalProgress(query, PUBLIC_READER),
    getCoverageMatrix(query, PUBLIC_READER),
    getAttention(query, PUBLIC_READER),
    progressScope(periodId, PUBLIC_READER),
  ])
  // the organisations' figures from one read of the world, so that each one's progress and coverage agree
  const progressOf = new Map(implementationProgress(world.input, periodId).organisations.map((o) => [o.organisationId, o]))
  const covered = new Map(coverageOf(world.input, periodId).organisations.map((o) => [o.organisationId, o]))
  const indicators = new Map(world.indicators.map((i) => [i.id, i]))
  return {
    format: 1,
    computedAt,
    goals,
    coverage,
    attention,
    organisations: participants(world).map((o) => ({
      ...presentOrganisation(o),
      progress: presentFigure(progressOf.get(o.id)!),
      coverage: presentCoverage(covered.get(o.id)!),
    })),
    indicators: indicatorOutcomes(world.input, periodId).map((o) => presentIndicator(o, indicators.get(o.indicatorId)!)),
  }
}
