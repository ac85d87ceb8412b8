// What every progress answer starts from: the period's world as the actor may see it, today's date, the goal tree
// in display order, and the organisations taking part.
import { organisationKinds } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { notFound, ruleBroken } from '../../errors'
import { groupBy } from '../../progress/collections'
import { loadProgressWorld, type GoalRow, type IndicatorRow, type MeasureRow, type OrganisationRow, type ProgressWorld } from './progress.loader'
import { presentContext } from './progress.presenter'

const stockholmDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' })

/** Today in Stockholm, `YYYY-MM-DD`: the date "planned, past its start date" is judged on while a period runs. */
export const today = (): string => stockholmDay.format(new Date())

/**
 * A coordinator sees only their own organisations' draft follow-ups (as in the follow-ups module): the others'
 * drafts are left out of the model's input. Drafts never count, so the figures are the same for every reader;
 * only "missing, a draft exists" becomes "missing" for those who may not see the draft.
 */
function visibleTo(world: ProgressWorld, actor: Actor): ProgressWorld {
  if (actor.role !== 'coordinator') return world
  const mine = new Set(actor.organisationIds)
  const owns = (actionId: number) => {
    const action = world.actions.get(actionId)
    return action !== undefined && (mine.has(action.planOrganisationId) || action.coOwnerIds.some((id) => mine.has(id)))
  }
  return { ...world, input: { ...world.input, followUps: world.input.followUps.filter((f) => f.state !== 'draft' || owns(f.actionId)) } }
}

/** The period's world for the actor, the date flags are judged on, and the context every answer starts with. */
export async function progressScope(periodId: number, actor: Actor) {
  const world = visibleTo(await loadProgressWorld(periodId), actor)
  const asOf = today()
  // the periods are ordered as the model orders them (start date, then id)
  const previousPeriodId = world.periods[world.periods.findIndex((p) => p.id === periodId) - 1]?.id ?? null
  const referenceDate = asOf < world.period.endsOn ? asOf : world.period.endsOn
  return { world, asOf, previousPeriodId, context: presentContext(world, previousPeriodId, referenceDate) }
}

/** The goals below a goal at any depth, in tree order (each after its parent, siblings in display order). */
export function subGoalsOf(goals: GoalRow[], goalId: number): GoalRow[] {
  const children = groupBy(goals.filter((g) => g.parentId !== null), (g) => [g.parentId!])
  const seen = new Set([goalId])
  const below = (id: number): GoalRow[] =>
    (children.get(id) ?? []).flatMap((child) => {
      if (seen.has(child.id)) return []
      seen.add(child.id)
      return [child, ...below(child.id)]
    })
  return below(goalId)
}

/** The top-level goals: without a parent among the strategy's live goals. */
export function topGoals(goals: GoalRow[]): GoalRow[] {
  const ids = new Set(goals.map((g) => g.id))
  return goals.filter((g) => g.parentId === null || !ids.has(g.parentId))
}

/** A goal and its sub-goals at any depth, in tree order. */
export const goalSubtree = (goals: GoalRow[], goal: GoalRow): GoalRow[] => [goal, ...subGoalsOf(goals, goal.id)]

/** The measures of these goals, goal by goal in the given order. */
export const measuresOfGoals = (measures: MeasureRow[], goals: GoalRow[]): MeasureRow[] => goals.flatMap((g) => measures.filter((m) => m.goalId === g.id))

/** Every measure in tree order: goal by goal, each top-level goal followed by its sub-goals. */
export const measuresInTreeOrder = (world: ProgressWorld): MeasureRow[] =>
  measuresOfGoals(world.measures, topGoals(world.goals).flatMap((g) => goalSubtree(world.goals, g)))

/** The indicators attached to one of these goals or to one of these measures. */
export const indicatorsOn = (indicators: IndicatorRow[], goalIds: Set<number>, measureIds: Set<number>): IndicatorRow[] =>
  indicators.filter((i) => (i.goalId !== null && goalIds.has(i.goalId)) || (i.measureId !== null && measureIds.has(i.measureId)))

/** The organisations taking part (not archived): municipalities, districts, authorities, region, association; by name within a kind. */
export const participants = (world: ProgressWorld): OrganisationRow[] =>
  world.organisations
    .filter((o) => !o.archived)
    .sort((a, b) => organisationKinds.indexOf(a.kind) - organisationKinds.indexOf(b.kind) || a.name.localeCompare(b.name, 'sv'))

/** The organisation with this id, taking part: 404 unknown, 422 archived (`path` names the offending parameter). */
export function participantOf(world: ProgressWorld, id: number, path: string): OrganisationRow {
  const organisation = world.organisations.find((o) => o.id === id)
  if (!organisation) throw notFound('Organisationen', id)
  if (organisation.archived) throw ruleBroken(`${organisation.name} är arkiverad och ingår inte i uppföljningen.`, path)
  return organisation
}
