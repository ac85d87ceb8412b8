import type { ReportOrganisationFigures, ReportSnapshot } from '@uppfoljning/contract'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { MISSING, shareText } from '../report-format'
import { Share } from './Figures'

/** Highest coverage first (missing last), then by name: the differences between organisations read top to bottom. */
export function byCoverage(a: ReportOrganisationFigures, b: ReportOrganisationFigures) {
  const ca = a.coverage.coverage ?? -1
  const cb = b.coverage.coverage ?? -1
  return cb - ca || a.name.localeCompare(b.name, 'sv')
}

/**
 * Coverage per organisation — of the measures expected of it, how many it acts on — with its implementation progress:
 * municipalities in one table, the authorities, the region and the association in another, each sorted so that the
 * differences show at a glance. Organisations expected on nothing (the districts, whose actions count for their city) are left out.
 */
export function OrganisationCoverage({ snapshot }: { snapshot: ReportSnapshot }) {
  const { t } = useTranslation('reports')
  const { locale } = useLanguage()
  const county = snapshot.coverage.county.coverage
  const expected = snapshot.organisations.filter((o) => o.coverage.expected > 0)
  const municipalities = expected.filter((o) => o.kind === 'municipality' || o.kind === 'district').sort(byCoverage)
  const others = expected.filter((o) => o.kind !== 'municipality' && o.kind !== 'district').sort(byCoverage)
  if (expected.length === 0) return <EmptyState>{t('organisations.empty')}</EmptyState>
  return (
    <>
      <p>{county === null ? t('organisations.introNoCounty') : t('organisations.intro', { county: shareText(county, locale) })}</p>
      {municipalities.length > 0 && <OrganisationTable caption={t('organisations.municipalities')} rows={municipalities} county={county} />}
      {others.length > 0 && <OrganisationTable caption={t('organisations.others')} rows={others} county={county} />}
      <CoverageByGoal snapshot={snapshot} organisations={[...municipalities, ...others]} />
    </>
  )
}

function OrganisationTable({ caption, rows, county }: { caption: string; rows: ReportOrganisationFigures[]; county: number | null }) {
  const { t } = useTranslation('reports')
  return (
    <div className="report-scroll">
      <table className="report-table report-organisations">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organisations.organisation')}</th>
            <th scope="col">{t('goals.coverage')}</th>
            <th scope="col">{t('goals.contributions')}</th>
            <th scope="col">{t('goals.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id}>
              <th scope="row" lang={CONTENT_LANGUAGE}>
                {o.name}
              </th>
              <td data-label={t('goals.coverage')} className="report-bar-cell">
                <Share share={o.coverage.coverage} missing={t('missing.coverage')} bar mark={county} />
              </td>
              <td data-label={t('goals.contributions')} className="report-numeric">
                {t('figures.ofExpected', { covered: o.coverage.covered, expected: o.coverage.expected })}
              </td>
              <td data-label={t('goals.progress')}>
                <Share share={o.progress.progress} missing={t('missing.progress')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Of the measures of a goal (its sub-goals' included) expected of an organisation, how many it acts on. */
export function coverageByGoal(snapshot: ReportSnapshot, organisationId: number) {
  const column = snapshot.coverage.organisations.findIndex((o) => o.id === organisationId)
  return snapshot.coverage.goals.map((goal) => {
    const cells = column < 0 ? [] : goal.measures.map((m) => m.cells[column])
    const expected = cells.filter((cell) => cell.expected).length
    const covered = cells.filter((cell) => cell.state === 'covered').length
    return { goalId: goal.goalId, covered, expected, coverage: expected === 0 ? null : covered / expected }
  })
}

/** The same organisations goal by goal (drawn when opened: organisations × goals is a large table). */
function CoverageByGoal({ snapshot, organisations }: { snapshot: ReportSnapshot; organisations: ReportOrganisationFigures[] }) {
  const { t } = useTranslation('reports')
  const [open, setOpen] = useState(false)
  const goals = snapshot.coverage.goals
  if (goals.length === 0) return null
  return (
    <details className="report-by-goal" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('organisations.byGoalShow')}</summary>
      {open && (
        <div className="report-scroll">
          <table className="report-table">
            <caption>{t('organisations.byGoalCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisations.organisation')}</th>
                {goals.map((goal) => (
                  <th key={goal.goalId} scope="col" className="report-numeric">
                    {t('organisations.goalColumn', { code: goal.code })}
                    {/* the goal's title for screen readers; the eye has the goal table above */}
                    <span className="visually-hidden" lang={CONTENT_LANGUAGE}>
                      {' '}
                      {goal.title}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr key={o.id}>
                  <th scope="row" lang={CONTENT_LANGUAGE}>
                    {o.name}
                  </th>
                  {coverageByGoal(snapshot, o.id).map((cell, index) => (
                    <td
                      key={cell.goalId}
                      data-label={`${t('organisations.goalColumn', { code: goals[index].code })} ${goals[index].title}`}
                      className="report-numeric"
                    >
                      {cell.expected === 0 ? MISSING : t('figures.ofExpected', { covered: cell.covered, expected: cell.expected })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="report-note">{t('organisations.byGoalNote')}</p>
        </div>
      )}
    </details>
  )
}
