// Trends (utveckling över tid): the strategy's figures period by period, from its first period up to the asked one.
// The world is read once (the asked period's, which holds every period of the strategy) and the progress model is
// run once per period, so the number of SQL statements does not grow with the number of periods.
import type { ProgressTrends } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { coverage, implementationProgress } from '../../progress-model'
import { presentOrganisation, presentPeriod } from './progress.presenter'
import { goalSubtree, participants, progressScope, today, topGoals } from './progress.scope'

/**
 * Every period of the period's strategy up to and including it that has started (by start date, oldest first), with
 * the county's, each goal's (sub-goals after their goal, tree order) and each organisation's implementation progress
 * and coverage in that period — the figures /progress/goals and /progress/coverage give for it — and the county-wide
 * value of every indicator in each period (suppressed stays suppressed, without a number; missing is null).
 */
export async function getTrends({ periodId }: { periodId: number }, actor: Actor): Promise<ProgressTrends> {
  // every period's figures: the follow-ups of every period, not only those the asked period's figures depend on
  const { world, context } = await progressScope(periodId, actor, { history: true })
  const { input } = world
  const started = today()
  const upTo = world.periods.slice(0, world.periods.findIndex((p) => p.id === periodId) + 1).filter((p) => p.startsOn <= started)
  const figures = upTo.map((p) => ({ implementation: implementationProgress(input, p.id), coverage: coverage(input, p.id) }))

  const goalProgress = figures.map((f) => new Map(f.implementation.goals.map((g) => [g.goalId, g.progress])))
  const goalCoverage = figures.map((f) => new Map(f.coverage.goals.map((g) => [g.goalId, g.coverage])))
  const organisationProgress = figures.map((f) => new Map(f.implementation.organisations.map((o) => [o.organisationId, o.progress])))
  const organisationCoverage = figures.map((f) => new Map(f.coverage.organisations.map((o) => [o.organisationId, o.coverage])))
  const series = (maps: Map<number, number | null>[], id: number) => maps.map((m) => m.get(id) ?? null)

  const countyValues = new Map(
    input.indicatorValues.filter((v) => v.organisationId === null && !v.archived).map((v) => [`${v.indicatorId}:${v.periodId}`, v]),
  )
  return {
    ...context,
    periods: upTo.map(presentPeriod),
    county: { progress: figures.map((f) => f.implementation.county.progress), coverage: figures.map((f) => f.coverage.county.coverage) },
    goals: topGoals(world.goals)
      .flatMap((g) => goalSubtree(world.goals, g))
      .map((g) => ({
        goalId: g.id,
        code: g.code,
        title: g.title,
        parentId: g.parentId,
        progress: series(goalProgress, g.id),
        coverage: series(goalCoverage, g.id),
      })),
    organisations: participants(world).map((o) => ({
      ...presentOrganisation(o),
      progress: series(organisationProgress, o.id),
      coverage: series(organisationCoverage, o.id),
    })),
    indicators: world.indicators.map((i) => ({
      indicatorId: i.id,
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      baselineValue: i.baselineValue,
      targetValue: i.targetValue,
      values: upTo.map((p) => {
        const v = countyValues.get(`${i.id}:${p.id}`)
        if (!v) return { value: null, suppressed: false }
        return { value: v.suppressed ? null : v.value, suppressed: v.suppressed }
      }),
    })),
  }
}
