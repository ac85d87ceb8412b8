// Which buttons each role gets on a draft, an archived draft and an approved report.
import type { Role } from '@uppfoljning/contract'
import { mayCreateReport, reportActions, type ReportActions } from './report-actions'

const draft = { status: 'draft', archivedAt: null } as const
const archived = { status: 'draft', archivedAt: '2026-11-01T10:00:00.000Z' } as const
const approved = { status: 'approved', archivedAt: null } as const

const none: ReportActions = { edit: false, refresh: false, archive: false, restore: false, approve: false }

test.each<[string, Role | null, typeof draft | typeof archived | typeof approved, ReportActions]>([
  ['OPK staff on a draft', 'opk_staff', draft, { ...none, edit: true, refresh: true, archive: true }],
  ['OPK staff on an archived draft', 'opk_staff', archived, { ...none, restore: true }],
  ['OPK staff on an approved report', 'opk_staff', approved, none],
  ['the steering group on a draft', 'steering_group', draft, { ...none, approve: true }],
  ['the steering group on an archived draft', 'steering_group', archived, none],
  ['the steering group on an approved report', 'steering_group', approved, none],
  ['a coordinator on a draft', 'coordinator', draft, none],
  ['an anonymous visitor on an approved report', null, approved, none],
])('%s', (_case, role, report, expected) => {
  expect(reportActions({ role }, report)).toEqual(expected)
})

test.each<[Role | null, boolean]>([
  ['opk_staff', true],
  ['steering_group', false],
  ['coordinator', false],
  [null, false],
])('may %s create a report? %s', (role, expected) => {
  expect(mayCreateReport({ role })).toBe(expected)
})
