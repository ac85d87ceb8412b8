import { orderPeriods, periodsBefore, previousPeriod } from './periods'
import { action, goal, measure, organisation, yearPeriod } from './test-builders'
import { isOwnedByAny, measuresUnderGoal, organisationWithSubUnits, ownership } from './trees'

describe('periods', () => {
  const periods = [yearPeriod(7, 2025), yearPeriod(5, 2023), yearPeriod(6, 2024)]
  it('orders by start date whatever the ids', () => {
    expect(orderPeriods(periods).map((p) => p.id)).toEqual([5, 6, 7])
  })
  it.each<[number, number | null, number[]]>([
    [5, null, []],
    [6, 5, [5]],
    [7, 6, [5, 6]],
  ])('before %i: previous %p, all before %p', (periodId, previous, before) => {
    expect(previousPeriod(periods, periodId)?.id ?? null).toBe(previous)
    expect(periodsBefore(periods, periodId).map((p) => p.id)).toEqual(before)
  })
})

describe('trees', () => {
  it('a goal has the measures of its sub-goals at any depth', () => {
    const goals = [goal(1), goal(2, 1), goal(3, 2), goal(4)]
    const measures = [measure(10, 1), measure(20, 2), measure(30, 3), measure(40, 4)]
    expect(measuresUnderGoal(goals, measures, 1).map((m) => m.id)).toEqual([10, 20, 30])
    expect(measuresUnderGoal(goals, measures, 3).map((m) => m.id)).toEqual([30])
  })
  it('a cycle in the data does not loop', () => {
    expect(measuresUnderGoal([goal(1, 2), goal(2, 1)], [measure(10, 1), measure(20, 2)], 1).map((m) => m.id)).toEqual([10, 20])
  })
  it('an organisation acts through itself and its sub-units', () => {
    const organisations = [
      organisation(1, 'municipality'),
      organisation(2, 'district', { parentId: 1 }),
      organisation(3, 'district', { parentId: 1 }),
      organisation(4, 'municipality'),
    ]
    expect([...organisationWithSubUnits(organisations, 1)].sort()).toEqual([1, 2, 3])
    expect([...organisationWithSubUnits(organisations, 2)]).toEqual([2])
  })
})

describe('ownership: actions by organisation, in one pass', () => {
  const organisations = [
    organisation(1, 'municipality'),
    organisation(2, 'district', { parentId: 1 }),
    organisation(3, 'district', { parentId: 2 }),
    organisation(4, 'authority'),
    organisation(5, 'authority', { parentId: 6 }),
    organisation(6, 'authority', { parentId: 5 }), // a cycle in the data
  ]
  const actions = [
    action(10, 3, []),
    action(11, 4, [], { coOwnerIds: [2] }),
    action(12, 1, [], { coOwnerIds: [3] }), // owned twice within 1's tree: listed once
    action(13, 5, []),
    action(14, 99, []), // an owner outside the list
  ]
  const index = ownership(organisations).index(actions)
  it("an organisation gets its own, co-owned and sub-units' actions, in the given order, each once", () => {
    expect(index.get(1)?.map((a) => a.id)).toEqual([10, 11, 12])
    expect(index.get(2)?.map((a) => a.id)).toEqual([10, 11, 12])
    expect(index.get(3)?.map((a) => a.id)).toEqual([10, 12])
    expect(index.get(4)?.map((a) => a.id)).toEqual([11])
    expect(index.get(99)?.map((a) => a.id)).toEqual([14])
  })
  it.each([1, 2, 3, 4, 5, 6, 99])('is the same as filtering with isOwnedByAny for organisation %i', (id) => {
    const owners = organisationWithSubUnits(organisations, id)
    expect(index.get(id) ?? []).toEqual(actions.filter((a) => isOwnedByAny(a, owners)))
  })
  it('names the organisations an action counts for', () => {
    expect(ownership(organisations).organisationsOf(actions[1]).sort()).toEqual([1, 2, 4])
  })
})
