// One organisation's view (GET /progress/organisations/:id) arranged for the page: its measures under their goals
// in the strategy's order, each action once, and how many measures are covered, gaps or not expected of it.
import type { ProgressAction, ProgressOrganisationView } from '@uppfoljning/contract'
import { byCode } from './basis'
import type { GoalRow } from './figures'

export type OrganisationMeasure = ProgressOrganisationView['measures'][number]
export type MeasureGroup = { goal: GoalRow | null; measures: OrganisationMeasure[] }

/** The measures under their goal (sub-goals are goals of their own here), goals in tree order; unknown goals last. */
export function measuresByGoal(measures: OrganisationMeasure[], goals: GoalRow[]): MeasureGroup[] {
  const known = new Set(goals.map((goal) => goal.goalId))
  const groups: MeasureGroup[] = goals
    .map((goal) => ({ goal, measures: byCode(measures.filter((measure) => measure.goalId === goal.goalId)) }))
    .filter((group) => group.measures.length > 0)
  const rest = measures.filter((measure) => !known.has(measure.goalId))
  return rest.length > 0 ? [...groups, { goal: null, measures: byCode(rest) }] : groups
}

/** Every action of the view once (an action linked to two measures is listed under both), by title. */
export function uniqueActions(view: Pick<ProgressOrganisationView, 'measures'>): ProgressAction[] {
  const actions = new Map<number, ProgressAction>()
  for (const measure of view.measures) for (const action of measure.actions) actions.set(action.id, action)
  return [...actions.values()].sort((a, b) => a.title.localeCompare(b.title, 'sv'))
}

export type StateCounts = { covered: number; gap: number; notExpected: number }

export function stateCounts(measures: Pick<OrganisationMeasure, 'state'>[]): StateCounts {
  return {
    covered: measures.filter((m) => m.state === 'covered').length,
    gap: measures.filter((m) => m.state === 'gap').length,
    notExpected: measures.filter((m) => m.state === 'not-expected').length,
  }
}
