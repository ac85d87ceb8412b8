import { attentionFlags } from './attention'
import type { ActionInput, FollowUpInput } from './inputs'
import { action, followUp, goal, measure, organisation, progressInput, yearPeriod } from './test-builders'

const periods = [yearPeriod(1, 2024), yearPeriod(2, 2025)]
const flagsOf = (actions: ActionInput[], followUps: FollowUpInput[], asOf = '2025-06-30', more = {}) =>
  attentionFlags(
    progressInput({
      periods,
      goals: [goal(1)],
      measures: [measure(1, 1)],
      organisations: [organisation(100, 'municipality')],
      actions,
      followUps,
      ...more,
    }),
    2,
    asOf,
  )

describe('attentionFlags: actions without a follow-up in the period', () => {
  it.each<[string, ActionInput[], FollowUpInput[], object[]]>([
    ['no follow-up', [action(1, 100, [1])], [], [{ actionId: 1, organisationId: 100, uncountedFollowUp: null }]],
    [
      'only a draft: flagged, the draft named',
      [action(1, 100, [1])],
      [followUp(10, 1, 2, 'ongoing', 0, { state: 'draft' })],
      [{ actionId: 1, uncountedFollowUp: { id: 10, state: 'draft' } }],
    ],
    [
      'returned and not resubmitted',
      [action(1, 100, [1])],
      [followUp(10, 1, 2, 'ongoing', 0, { state: 'returned' })],
      [{ actionId: 1, uncountedFollowUp: { id: 10, state: 'returned' } }],
    ],
    ["only last period's follow-up", [action(1, 100, [1])], [followUp(10, 1, 1, 'ongoing', 50)], [{ actionId: 1 }]],
    ['an unlinked action is flagged too', [action(1, 100, [77])], [], [{ actionId: 1 }]],
    ['submitted: not flagged', [action(1, 100, [1])], [followUp(10, 1, 2, 'ongoing', 0, { state: 'submitted' })], []],
    ['cancelled: not flagged', [action(1, 100, [1], { status: 'cancelled' })], [], []],
    ['completed last period: not flagged', [action(1, 100, [1])], [followUp(10, 1, 1, 'completed')], []],
    ['planned to start after the period: not flagged', [action(1, 100, [1], { plannedStart: '2026-01-01' })], [], []],
    ['archived: not flagged', [action(1, 100, [1], { archived: true })], [], []],
  ])('%s', (_name, actions, followUps, expected) => {
    const flags = flagsOf(actions, followUps).actionsWithoutFollowUp
    expect(flags).toHaveLength(expected.length)
    expect(flags).toMatchObject(expected)
  })
})

describe('attentionFlags: planned actions past their start date', () => {
  it.each<[string, Partial<ActionInput>, FollowUpInput[], string, boolean]>([
    // name, action, follow-ups, asOf, flagged
    ['planned, start passed', { status: 'planned', plannedStart: '2025-03-01' }, [], '2025-06-30', true],
    ['planned, starts today: not yet past', { status: 'planned', plannedStart: '2025-06-30' }, [], '2025-06-30', false],
    ['planned, starts later in the period', { status: 'planned', plannedStart: '2025-09-01' }, [], '2025-06-30', false],
    [
      'a closed period is judged on its last day, whatever today is',
      { status: 'planned', plannedStart: '2025-12-30' },
      [],
      '2027-01-01',
      true,
    ],
    [
      'reported as planned in the period',
      { status: 'ongoing', plannedStart: '2025-03-01' },
      [followUp(10, 1, 2, 'planned')],
      '2025-06-30',
      true,
    ],
    [
      'reported as ongoing in the period, still planned in the plan',
      { status: 'planned', plannedStart: '2025-03-01' },
      [followUp(10, 1, 2, 'ongoing', 10)],
      '2025-06-30',
      false,
    ],
    ['planned without a start date', { status: 'planned', plannedStart: null }, [], '2025-06-30', false],
    ['ongoing', { status: 'ongoing', plannedStart: '2025-03-01' }, [], '2025-06-30', false],
  ])('%s', (_name, more, followUps, asOf, flagged) => {
    const flags = flagsOf([action(1, 100, [1], more)], followUps, asOf)
    expect(flags.plannedPastStart.map((f) => f.actionId)).toEqual(flagged ? [1] : [])
  })

  it('names the reference date, the start and the follow-up', () => {
    const flags = flagsOf([action(1, 100, [1], { plannedStart: '2025-03-01' })], [followUp(10, 1, 2, 'planned')], '2026-02-01')
    expect(flags.referenceDate).toBe('2025-12-31')
    expect(flags.plannedPastStart).toEqual([{ actionId: 1, organisationId: 100, plannedStart: '2025-03-01', followUpId: 10 }])
  })
})

describe('attentionFlags: measures with no active action anywhere', () => {
  it.each<[string, ActionInput[], number[]]>([
    ['no actions', [], [1, 2]],
    ['an action on one', [action(1, 100, [1])], [2]],
    ['cancelled does not count', [action(1, 100, [1, 2], { status: 'cancelled' })], [1, 2]],
    ['an archived plan does not count', [action(1, 100, [1, 2], { planArchived: true })], [1, 2]],
    ['completed counts', [action(1, 100, [1, 2], { status: 'completed' })], []],
  ])('%s', (_name, actions, flagged) => {
    const measures = [measure(1, 1), measure(2, 1), measure(3, 1, { activeToYear: 2024 })] // measure 3 is not active in 2025
    expect(flagsOf(actions, [], '2025-06-30', { measures }).measuresWithoutActiveAction).toEqual(flagged)
  })
})

describe('attentionFlags: organisations that have not reported', () => {
  const organisations = [
    organisation(100, 'municipality'),
    organisation(101, 'district', { parentId: 100 }),
    organisation(200, 'authority'),
    organisation(300, 'association'),
  ]
  const measures = [measure(1, 1, { expectedKinds: ['municipality'], expectedOrganisationIds: [200] })]
  it.each<[string, ActionInput[], FollowUpInput[], { organisationId: number; dueActionIds: number[] }[]]>([
    [
      'expected organisations with nothing at all',
      [],
      [],
      [
        { organisationId: 100, dueActionIds: [] },
        { organisationId: 200, dueActionIds: [] },
      ],
    ],
    [
      'one counted follow-up is a report (a cancellation too)',
      [action(1, 100, [1]), action(2, 100, [1]), action(3, 200, [1])],
      [followUp(10, 1, 2, 'ongoing'), followUp(11, 3, 2, 'cancelled')],
      [],
    ],
    [
      'drafts only: not reported',
      [action(1, 200, [1])],
      [followUp(10, 1, 2, 'ongoing', 0, { state: 'draft' })],
      [
        { organisationId: 100, dueActionIds: [] },
        { organisationId: 200, dueActionIds: [1] },
      ],
    ],
    [
      'a municipality reports through its district; the district itself must report on its actions',
      [action(1, 101, [1]), action(2, 101, [77]), action(3, 200, [1])],
      [followUp(10, 1, 2, 'ongoing'), followUp(11, 3, 2, 'ongoing')],
      [],
    ],
    ['a joint action reported counts for the co-owner', [action(1, 100, [1], { coOwnerIds: [200] })], [followUp(10, 1, 2, 'ongoing')], []],
    [
      'an organisation expected on nothing but with a due action',
      [action(1, 300, [77]), action(2, 100, [1], { coOwnerIds: [200] })],
      [followUp(10, 2, 2, 'ongoing')],
      [{ organisationId: 300, dueActionIds: [1] }],
    ],
    [
      'nothing due and expected on nothing: not flagged',
      [action(1, 300, [1], { plannedStart: '2026-01-01' }), action(2, 100, [1], { coOwnerIds: [200] })],
      [followUp(10, 2, 2, 'ongoing')],
      [],
    ],
  ])('%s', (_name, actions, followUps, expected) => {
    expect(flagsOf(actions, followUps, '2025-06-30', { organisations, measures }).organisationsNotReported).toEqual(expected)
  })
})
