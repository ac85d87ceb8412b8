// What every progress answer starts from: the period's world as the actor may see it, today's date, the goal tree
// in display order, and the organisations taking part. Worlds and the answers computed from them are kept while the
// database does not change (db/changes.ts).
import { organisationKinds } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { notFound, ruleBroken } from '../../errors'
import { groupBy } from '../../progress-model/collections'
import { cacheOf, changeCounter } from '../../db/changes'
import {
  loadProgressWorld,
  type GoalRow,
  type IndicatorRow,
  type LoadOptions,
  type MeasureRow,
  type OrganisationRow,
  type ProgressWorld,
} from './progress.loader'
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

/** What changes a coordinator's answers: the organisations whose drafts they see. Everyone else sees every draft. */
export const visibilityOf = (actor: Actor) =>
  actor.role === 'coordinator' ? `c${[...actor.organisationIds].sort((a, b) => a - b).join(',')}` : 'all'

/** Worlds kept per process (a period's about 75 MB at the national scale, one with every period's follow-ups 170 MB). */
const WORLDS = 3
/** Answers kept per process: per world, visibility and day. */
const VIEWS = 32

/** The period's world as the actor sees it, with what every answer starts from and the answers computed from it. */
export interface ProgressScope {
  world: ProgressWorld
  /** the date "planned, past its start date" is judged on while the period runs (today) */
  asOf: string
  previousPeriodId: number | null
  context: ReturnType<typeof presentContext>
  /**
   * The answer `name` computed from this scope: computed once and kept with the scope, so that it is reused while
   * the database does not change (db/changes.ts). Answers are shared between requests: never change one.
   */
  memo<T>(name: string, compute: () => T): T
}

/** The world of the period, read once per change of the database for every request that asks at the same time. */
function worldOf(periodId: number, options: LoadOptions, changes: string): Promise<ProgressWorld> {
  const worlds = cacheOf<Promise<ProgressWorld>>('progress-worlds', WORLDS)
  const key = `${periodId}/${options.history === true ? 'history' : 'period'}/${changes}`
  const kept = worlds.get(key)
  if (kept) return kept
  const loading = loadProgressWorld(periodId, options)
  worlds.set(key, loading)
  // kept only when read under this very counter with no write under way; errors (404, 422) are not kept
  loading.then(
    ({ readAt }) => (readAt.settled && readAt.changes === changes ? undefined : worlds.delete(key)),
    () => worlds.delete(key),
  )
  return loading
}

/**
 * The period's world for the actor, the date flags are judged on, and the context every answer starts with. By
 * default the world holds only the follow-ups the figures of the period and of the previous period depend on
 * (`options.history` for any period's). Costs one statement while the database is unchanged (the change counter).
 */
export async function progressScope(periodId: number, actor: Actor, options: LoadOptions = {}): Promise<ProgressScope> {
  const changes = await changeCounter()
  const asOf = today()
  const views = cacheOf<ProgressScope>('progress-views', VIEWS)
  const key = `${periodId}/${options.history === true ? 'history' : 'period'}/${changes}/${visibilityOf(actor)}/${asOf}`
  const kept = views.get(key)
  if (kept) return kept
  const loaded = await worldOf(periodId, options, changes)
  const world = visibleTo(loaded, actor)
  // the periods are ordered as the model orders them (start date, then id)
  const previousPeriodId = world.periods[world.periods.findIndex((p) => p.id === periodId) - 1]?.id ?? null
  const referenceDate = asOf < world.period.endsOn ? asOf : world.period.endsOn
  const answers = new Map<string, unknown>()
  const scope: ProgressScope = {
    world,
    asOf,
    previousPeriodId,
    context: presentContext(world, previousPeriodId, referenceDate),
    memo<T>(name: string, compute: () => T): T {
      if (!answers.has(name)) answers.set(name, compute())
      return answers.get(name) as T
    },
  }
  if (loaded.readAt.settled && loaded.readAt.changes === changes) views.set(key, scope)
  return scope
}

/** The goals below a goal at any depth, in tree order (each after its parent, siblings in display order). */
export function subGoalsOf(goals: GoalRow[], goalId: number): GoalRow[] {
  const children = groupBy(
    goals.filter((g) => g.parentId !== null),
    (g) => [g.parentId!],
  )
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
export const measuresOfGoals = (measures: MeasureRow[], goals: GoalRow[]): MeasureRow[] =>
  goals.flatMap((g) => measures.filter((m) => m.goalId === g.id))

/** Every measure in tree order: goal by goal, each top-level goal followed by its sub-goals. */
export const measuresInTreeOrder = (world: ProgressWorld): MeasureRow[] =>
  measuresOfGoals(
    world.measures,
    topGoals(world.goals).flatMap((g) => goalSubtree(world.goals, g)),
  )

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
