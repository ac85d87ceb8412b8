import type { ActionStatus, FollowUpState } from '@uppfoljning/contract'
import { actionProgress, actionsProgress, countsFollowUp, progressOfStatus, type ActionProgress } from './action-progress'
import type { ActionInput, FollowUpInput } from './inputs'
import { action, followUp, yearPeriod } from './test-builders'

const periods = [yearPeriod(3, 2026), yearPeriod(1, 2024), yearPeriod(2, 2025)] // given out of order on purpose

describe('countsFollowUp', () => {
  it.each<[FollowUpState, boolean]>([
    ['draft', false],
    ['submitted', true],
    ['returned', false],
    ['approved', true],
  ])('%s counts: %s', (state, counts) => {
    expect(countsFollowUp(state)).toBe(counts)
  })
})

describe('progressOfStatus', () => {
  it.each<[ActionStatus, number, number | null]>([
    ['planned', 30, 0],
    ['ongoing', 40, 0.4],
    ['postponed', 25, 0.25],
    ['completed', 80, 1],
    ['cancelled', 50, null],
    ['ongoing', 120, 1],
    ['ongoing', -5, 0],
  ])('%s reported at %i %% is %p', (status, percent, expected) => {
    expect(progressOfStatus(status, percent)).toBe(expected)
  })
})

describe('actionProgress in 2025 (period 2)', () => {
  type Case = { name: string; action?: Partial<ActionInput>; followUps: FollowUpInput[]; expected: Partial<ActionProgress> }
  const cases: Case[] = [
    {
      name: 'an approved follow-up counts its progress',
      followUps: [followUp(10, 1, 2, 'ongoing', 40)],
      expected: { standing: 'counted', status: 'ongoing', progress: 0.4, followUpId: 10, followUpPeriodId: 2 },
    },
    {
      name: 'a submitted follow-up counts too',
      followUps: [followUp(10, 1, 2, 'ongoing', 40, { state: 'submitted' })],
      expected: { standing: 'counted', progress: 0.4, followUpId: 10 },
    },
    {
      name: 'a draft does not count: missing, the draft shown',
      followUps: [followUp(10, 1, 2, 'ongoing', 40, { state: 'draft' })],
      expected: { standing: 'missing', progress: null, followUpId: null, uncountedFollowUp: { id: 10, state: 'draft' } },
    },
    {
      name: 'a returned follow-up does not count',
      followUps: [followUp(10, 1, 2, 'ongoing', 40, { state: 'returned' })],
      expected: { standing: 'missing', progress: null, uncountedFollowUp: { id: 10, state: 'returned' } },
    },
    {
      name: 'completed counts as 100 % whatever the progress entered',
      followUps: [followUp(10, 1, 2, 'completed', 80)],
      expected: { standing: 'counted', status: 'completed', progress: 1 },
    },
    {
      name: 'planned (not started) counts as 0 %',
      followUps: [followUp(10, 1, 2, 'planned', 30)],
      expected: { standing: 'counted', status: 'planned', progress: 0 },
    },
    {
      name: 'postponed counts with its progress',
      followUps: [followUp(10, 1, 2, 'postponed', 25)],
      expected: { standing: 'counted', status: 'postponed', progress: 0.25 },
    },
    {
      name: 'cancelled in the follow-up: left out, the follow-up named',
      followUps: [followUp(10, 1, 2, 'cancelled', 50)],
      expected: { standing: 'cancelled', progress: null, followUpId: 10 },
    },
    {
      name: 'cancelled in the plan, no follow-up: left out',
      action: { status: 'cancelled' },
      followUps: [],
      expected: { standing: 'cancelled', status: 'cancelled', progress: null, followUpId: null },
    },
    {
      name: 'no follow-up: missing, not 0',
      followUps: [],
      expected: { standing: 'missing', status: 'ongoing', progress: null, followUpId: null, uncountedFollowUp: null },
    },
    {
      name: 'completed in the plan but never reported: missing',
      action: { status: 'completed' },
      followUps: [],
      expected: { standing: 'missing', progress: null },
    },
    {
      name: 'planned to start after the period: not due',
      action: { status: 'planned', plannedStart: '2026-02-01' },
      followUps: [],
      expected: { standing: 'notDue', status: 'planned', progress: null },
    },
    {
      name: "planned to start on the period's last day: due, so missing",
      action: { status: 'planned', plannedStart: '2025-12-31' },
      followUps: [],
      expected: { standing: 'missing' },
    },
    {
      name: 'a follow-up beats "not due"',
      action: { status: 'planned', plannedStart: '2026-02-01' },
      followUps: [followUp(10, 1, 2, 'planned')],
      expected: { standing: 'counted', progress: 0 },
    },
    {
      name: 'completed in 2024 carries into 2025',
      followUps: [followUp(9, 1, 1, 'completed', 100)],
      expected: { standing: 'counted', status: 'completed', progress: 1, followUpId: 9, followUpPeriodId: 1 },
    },
    {
      name: 'cancelled in 2024 carries into 2025',
      followUps: [followUp(9, 1, 1, 'cancelled')],
      expected: { standing: 'cancelled', status: 'cancelled', followUpId: 9, followUpPeriodId: 1 },
    },
    {
      name: 'a progress figure never carries forward',
      followUps: [followUp(9, 1, 1, 'ongoing', 50)],
      expected: { standing: 'missing', progress: null, followUpId: null },
    },
    {
      name: 'completed in 2024, a draft in 2025: the completion stands',
      followUps: [followUp(9, 1, 1, 'completed', 100), followUp(10, 1, 2, 'ongoing', 20, { state: 'draft' })],
      expected: { standing: 'counted', progress: 1, followUpId: 9, uncountedFollowUp: { id: 10, state: 'draft' } },
    },
    {
      name: 'reopened: the 2025 follow-up beats a 2024 completion',
      followUps: [followUp(9, 1, 1, 'completed', 100), followUp(10, 1, 2, 'ongoing', 70)],
      expected: { standing: 'counted', progress: 0.7, followUpId: 10 },
    },
    {
      name: 'a completion only carries when submitted or approved',
      followUps: [followUp(9, 1, 1, 'completed', 100, { state: 'returned' })],
      expected: { standing: 'missing', progress: null },
    },
    {
      name: 'an archived follow-up is ignored',
      followUps: [followUp(10, 1, 2, 'ongoing', 40, { archived: true })],
      expected: { standing: 'missing', uncountedFollowUp: null },
    },
    {
      name: 'two counted follow-ups in one period: the latest submitted wins',
      followUps: [
        followUp(11, 1, 2, 'ongoing', 10, { submittedAt: '2025-03-01T00:00:00.000Z' }),
        followUp(10, 1, 2, 'ongoing', 60, { submittedAt: '2025-05-01T00:00:00.000Z' }),
      ],
      expected: { progress: 0.6, followUpId: 10 },
    },
    {
      name: "another period's or action's follow-up is not this one's",
      followUps: [followUp(10, 2, 2, 'ongoing', 40), followUp(11, 1, 3, 'ongoing', 90)],
      expected: { standing: 'missing' },
    },
  ]
  it.each(cases)('$name', ({ action: more, followUps, expected }) => {
    expect(actionProgress(action(1, 100, [1], more), followUps, periods, 2)).toMatchObject({ actionId: 1, ...expected })
  })

  it('several periods: a completion in 2024 holds in 2026 unless a later follow-up says otherwise', () => {
    const completedThenOngoing = [followUp(9, 1, 1, 'completed'), followUp(10, 1, 2, 'ongoing', 30)]
    expect(actionProgress(action(1, 100, [1]), [followUp(9, 1, 1, 'completed')], periods, 3)).toMatchObject({
      standing: 'counted',
      progress: 1,
      followUpPeriodId: 1,
    })
    expect(actionProgress(action(1, 100, [1]), completedThenOngoing, periods, 3)).toMatchObject({ standing: 'missing', progress: null })
  })

  it('refuses a period it was not given', () => {
    expect(() => actionProgress(action(1, 100, [1]), [], periods, 99)).toThrow('Period 99')
  })
})

describe('actionsProgress', () => {
  it("covers live actions only: an archived action and an archived plan's action are not part of the follow-up", () => {
    const actions = [action(1, 100, [1]), action(2, 100, [1], { archived: true }), action(3, 100, [1], { planArchived: true })]
    const standings = actionsProgress(actions, [followUp(10, 1, 2, 'ongoing', 50), followUp(11, 2, 2, 'ongoing', 50)], periods, 2)
    expect([...standings.keys()]).toEqual([1])
    expect(standings.get(1)).toMatchObject({ standing: 'counted', progress: 0.5 })
  })
})
