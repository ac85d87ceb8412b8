// One word per concept: every screen that names a status or a follow-up's field uses the word defined once in
// locales/*.json `terms` (docs/domain.md lists them). A feature's label must be that term (written in lower case
// where it stands inside a sentence), so the coordinator and the reviewer never see two words for one thing.
import { i18n } from '@/lib/i18n'
import sv from './sv.json'

type Group = keyof typeof sv.terms

/** Where each feature names the values of a group: namespace, key prefix, group (and which values it names). */
const uses: [ns: string, prefix: string, group: Group, values: string[] | null][] = [
  ['coverage', 'actionStatus', 'actionStatus', null],
  ['followUps', 'actionStatus', 'actionStatus', null],
  ['followUps', 'state', 'followUpState', null],
  ['plans', 'actionStatus', 'actionStatus', null],
  ['plans', 'followUpState', 'followUpState', null],
  ['plans', 'planStatus', 'planStatus', null],
  ['overview', 'coordinator.plan.statuses', 'planStatus', null],
  ['overview', 'period.statuses', 'periodStatus', null],
  ['results', 'status', 'actionStatus', null],
  ['results', 'followUpState', 'followUpState', ['draft', 'submitted', 'returned', 'approved']],
  ['review', 'actionStatus', 'actionStatus', null],
  ['review', 'state', 'followUpState', ['draft', 'submitted', 'returned', 'approved']],
  ['review', 'filters.periodStatuses', 'periodStatus', null],
  ['admin', 'enums.periodStatus', 'periodStatus', null],
  ['admin', 'enums.strategyStatus', 'strategyStatus', null],
  ['translation', 'strategy.statuses', 'strategyStatus', null],
  ['reports', 'status', 'reportStatus', null],
]

/** A follow-up's fields, as the coordinator's form, the coordinator's summary and the reviewer's detail label them. */
const fields: [ns: string, key: string, field: keyof typeof sv.terms.followUp][] = [
  ['followUps', 'page.state', 'state'],
  ['followUps', 'form.status', 'status'],
  ['followUps', 'form.narrative', 'narrative'],
  ['followUps', 'form.results', 'results'],
  ['followUps', 'form.obstacles', 'obstacles'],
  ['followUps', 'summary.progress', 'progress'],
  ['followUps', 'summary.submittedAt', 'submittedAt'],
  ['followUps', 'summary.reviewedAt', 'reviewedAt'],
  ['review', 'detail.state', 'state'],
  ['review', 'detail.status', 'status'],
  ['review', 'detail.progress', 'progress'],
  ['review', 'detail.narrative', 'narrative'],
  ['review', 'detail.results', 'results'],
  ['review', 'detail.obstacles', 'obstacles'],
  ['review', 'detail.submittedAt', 'submittedAt'],
  ['review', 'detail.reviewedAt', 'reviewedAt'],
]

describe.each(['sv', 'en'])('in %s', (lng) => {
  const t = (ns: string, key: string) => String(i18n.t(key, { ns, lng } as never))
  const term = (path: string) => t('translation', `terms.${path}`)

  test.each(uses)('%s %s.* are the terms of %s', (ns, prefix, group, values) => {
    for (const value of values ?? Object.keys(sv.terms[group])) {
      expect(t(ns, `${prefix}.${value}`).toLocaleLowerCase(lng)).toBe(term(`${group}.${value}`).toLocaleLowerCase(lng))
    }
  })

  test.each(fields)('%s %s is the term for %s', (ns, key, field) => {
    expect(t(ns, key)).toBe(term(`followUp.${field}`))
  })
})
