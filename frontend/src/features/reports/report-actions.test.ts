// The report's buttons come from the server's `can`: each one shown exactly when it says so, archive or restore by state.
import { mayCreateReport, reportActions, seesDrafts, type ReportActions } from './report-actions'

const can = (edit: boolean, refresh: boolean, approve: boolean, archive: boolean) => ({ edit, refresh, approve, archive })
const none: ReportActions = { edit: false, refresh: false, archive: false, restore: false, approve: false }

test.each<[string, ReturnType<typeof can>, string | null, ReportActions]>([
  ['everything allowed on a draft', can(true, true, false, true), null, { ...none, edit: true, refresh: true, archive: true }],
  [
    'archiving allowed on an archived draft: restore',
    can(false, false, false, true),
    '2026-11-01T10:00:00.000Z',
    { ...none, restore: true },
  ],
  ['approving allowed', can(false, false, true, false), null, { ...none, approve: true }],
  ['nothing allowed', can(false, false, false, false), null, none],
])('%s', (_case, allowed, archivedAt, expected) => {
  expect(reportActions({ can: allowed, archivedAt })).toEqual(expected)
})

test('a new report: when the session says so', () => {
  expect(mayCreateReport({ can: { createReport: true, review: true, administer: true } })).toBe(true)
  expect(mayCreateReport({ can: { createReport: false, review: false, administer: false } })).toBe(false)
  expect(mayCreateReport(null)).toBe(false)
})

test('drafts: for the signed in', () => {
  expect(seesDrafts({ can: { createReport: false, review: false, administer: false } })).toBe(true)
  expect(seesDrafts(null)).toBe(false)
})
