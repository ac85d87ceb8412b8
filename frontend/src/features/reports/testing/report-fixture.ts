// A small report for the component tests: one goal with a sub-goal, two municipalities that differ, one indicator.
import type { ProgressFigure, ProgressPeriod, ReportDetail } from '@uppfoljning/contract'

const period: ProgressPeriod = { id: 5, name: '2025', startsOn: '2025-01-01', endsOn: '2025-12-31', status: 'open' }

const figure = (progress: number | null, previous: number | null = null): ProgressFigure => ({
  progress,
  previous,
  change: progress === null || previous === null ? null : progress - previous,
  counted: { measures: 2, actions: 4, followUps: 4 },
  leftOut: { measures: 0, cancelledActions: 1, missingActions: 2, notDueActions: 0, unlinkedActions: 0 },
})

const coverage = (covered: number, expected: number) => ({ covered, expected, coverage: expected === 0 ? null : covered / expected })
const noIndicators = { summary: { total: 0, withValue: 0, targetMet: 0, better: 0, worse: 0, unchanged: 0 }, items: [] }
const context = { strategy: { id: 1, name: 'Regional strategi 2020–2026' }, period, previousPeriod: null, referenceDate: '2025-12-31' }

export function reportFixture(changes: Partial<ReportDetail> = {}): ReportDetail {
  return {
    id: 7,
    version: 3,
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-21T09:00:00.000Z',
    archivedAt: null,
    title: 'Lägesrapport 2025',
    status: 'draft',
    period: { id: 5, name: '2025', startsOn: '2025-01-01', endsOn: '2025-12-31' },
    strategy: { id: 1, name: 'Regional strategi 2020–2026' },
    computedAt: '2026-11-20T09:00:00.000Z',
    author: { id: 3, name: 'Olivia OPK' },
    approvedAt: null,
    approvedBy: null,
    summary: '',
    analyses: {},
    changes: null,
    snapshot: {
      format: 1,
      computedAt: '2026-11-20T09:00:00.000Z',
      goals: {
        ...context,
        goals: [
          {
            goalId: 11,
            code: '1',
            title: 'Förebygga våld',
            parentId: null,
            measureCount: 2,
            progress: figure(0.75, 0.7),
            coverage: coverage(3, 4),
            indicators: noIndicators,
            subGoals: [
              {
                goalId: 12,
                code: '1.1',
                title: 'Tidiga insatser',
                parentId: 11,
                measureCount: 1,
                progress: figure(null),
                coverage: coverage(1, 2),
                indicators: noIndicators,
              },
            ],
          },
        ],
        county: { measureCount: 2, progress: figure(0.75, 0.7), coverage: coverage(3, 4), indicators: noIndicators },
      },
      coverage: {
        ...context,
        organisations: [
          { id: 21, name: 'Solna stad', shortName: 'Solna', kind: 'municipality', parentId: null, coverage: coverage(2, 2) },
          { id: 22, name: 'Ekerö kommun', shortName: 'Ekerö', kind: 'municipality', parentId: null, coverage: coverage(1, 2) },
        ],
        goals: [],
        county: coverage(3, 4),
      },
      attention: {
        ...context,
        actionsWithoutFollowUp: [],
        plannedPastStart: [],
        measuresWithoutActiveAction: [],
        organisationsNotReported: [],
      },
      organisations: [
        {
          id: 22,
          name: 'Ekerö kommun',
          shortName: 'Ekerö',
          kind: 'municipality',
          parentId: null,
          progress: figure(null),
          coverage: coverage(1, 2),
        },
        {
          id: 21,
          name: 'Solna stad',
          shortName: 'Solna',
          kind: 'municipality',
          parentId: null,
          progress: figure(0.9),
          coverage: coverage(2, 2),
        },
      ],
      indicators: [
        {
          indicatorId: 31,
          name: 'Andel beviljade kontaktförbud',
          unit: '%',
          direction: 'increase',
          baselineValue: 25,
          targetValue: 35,
          organisationId: null,
          value: null,
          suppressed: true,
          ratio: null,
          barRatio: null,
          noRatioReason: 'suppressed',
          targetMet: null,
          trend: null,
        },
      ],
    },
    // what the reader may do: as the API answers someone who may do nothing (tests give the role's)
    can: { edit: false, refresh: false, approve: false, archive: false },
    ...changes,
  }
}
