// The measure picker's groups: the strategy's order (each goal, then its delmål), archived measures left out.
import { goal, measure } from '../../../test/fixtures'
import { measureGroups } from './measure-groups'

const codes = (groups: ReturnType<typeof measureGroups>) => groups.map((g) => [g.goal.code, g.measures.map((m) => m.code)])

test('orders goals by sortOrder, each followed by its sub-goals, and measures by sortOrder then code', () => {
  const goals = [
    goal(2, { code: '2', sortOrder: 2 }),
    goal(1, { code: '1', sortOrder: 1 }),
    goal(12, { code: '1.b', parentId: 1, sortOrder: 2 }),
    goal(11, { code: '1.a', parentId: 1, sortOrder: 1 }),
  ]
  const measures = [
    measure(21, 2, { code: '2.1' }),
    measure(101, 1, { code: '1.10', sortOrder: 5 }),
    measure(102, 1, { code: '1.9', sortOrder: 5 }),
    measure(111, 11, { code: '1.a.1' }),
    measure(121, 12, { code: '1.b.1' }),
  ]
  expect(codes(measureGroups(goals, measures))).toEqual([
    ['1', ['1.9', '1.10']],
    ['1.a', ['1.a.1']],
    ['1.b', ['1.b.1']],
    ['2', ['2.1']],
  ])
})

test('leaves out goals without measures and archived measures, unless the action is linked to one', () => {
  const goals = [goal(1), goal(2), goal(3)]
  const archived = measure(11, 1, { code: '1.1', archivedAt: '2026-02-01T00:00:00.000Z' })
  const measures = [archived, measure(12, 1, { code: '1.2' }), measure(31, 3, { code: '3.1', archivedAt: '2026-02-01T00:00:00.000Z' })]
  expect(codes(measureGroups(goals, measures))).toEqual([['1', ['1.2']]])
  expect(codes(measureGroups(goals, measures, [11]))).toEqual([['1', ['1.1', '1.2']]])
})

test('a sub-goal whose parent is not in the list stands as a goal of its own', () => {
  expect(codes(measureGroups([goal(5, { code: '1.a', parentId: 99 })], [measure(51, 5, { code: '1.a.1' })]))).toEqual([['1.a', ['1.a.1']]])
})
