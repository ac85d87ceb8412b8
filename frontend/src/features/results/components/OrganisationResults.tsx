import '../results.css'
import type { ProgressOrganisationView, ReportingPeriod } from '@uppfoljning/contract'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { useGoalProgress } from '@/api/get-goal-progress'
import { useOrganisationProgress } from '../api/get-organisation-progress'
import { byCode } from '../basis'
import { goalRows, type GoalRow } from '../figures'
import type { ResultsLinks } from '../links'
import { measuresByGoal, stateCounts, uniqueActions, type OrganisationMeasure } from '../organisation-view'
import { ActionsTable } from './ActionsTable'
import { ActionsByOrganisation, useFlagNotes } from './ActionsByOrganisation'
import { BasisDialog } from './BasisDialog'
import { ChangeText, CoverageBar, ShareBar } from './Figures'
import { IndicatorTable } from './IndicatorTable'

type Props = { organisationId: number; periodId: number; periods: ReportingPeriod[]; links: ResultsLinks }

/** One organisation's plan held against the strategy: its figures, its measures by goal, its actions, flags, indicators. */
export function OrganisationResults({ organisationId, periodId, periods, links }: Props) {
  const { t } = useTranslation('results')
  const view = useOrganisationProgress(organisationId, periodId)
  const goals = useGoalProgress(periodId)
  if (view.isPending || goals.isPending) return <LoadingState>{t('organisation.loading')}</LoadingState>
  if (view.isError) return <LoadError error={view.error} onRetry={() => void view.refetch()} />
  if (goals.isError) return <LoadError error={goals.error} onRetry={() => void goals.refetch()} />
  return <OrganisationView data={view.data} goals={goalRows(goals.data.goals)} periods={periods} links={links} />
}

function OrganisationView({
  data,
  goals,
  periods,
  links,
}: {
  data: ProgressOrganisationView
  goals: GoalRow[]
  periods: ReportingPeriod[]
  links: ResultsLinks
}) {
  const { t } = useTranslation('results')
  const [basisOpen, setBasisOpen] = useState(false)
  const period = data.period.name
  const measureCodes = new Map(data.measures.map((m) => [m.measureId, m.code]))
  const actions = uniqueActions(data)
  const counts = stateCounts(data.measures)
  const { organisation } = data
  return (
    <>
      <section aria-labelledby="results-org-summary">
        <h2 id="results-org-summary">{t('organisation.summary.heading')}</h2>
        {organisation.subUnits.length > 0 && (
          <p>
            {t('organisation.summary.subUnits')}{' '}
            <span lang={CONTENT_LANGUAGE}>{organisation.subUnits.map((unit) => unit.name).join(', ')}</span>.
          </p>
        )}
        <dl className="results-facts">
          <div>
            <dt>{t('organisation.summary.progress')}</dt>
            <dd>
              <ShareBar share={data.progress.progress} />
            </dd>
          </div>
          <div>
            <dt>
              {data.previousPeriod ? t('organisation.summary.change', { period: data.previousPeriod.name }) : t('goals.columns.changeNone')}
            </dt>
            <dd>
              <ChangeText change={data.progress.change} />
            </dd>
          </div>
          <div>
            <dt>{t('organisation.summary.coverage')}</dt>
            <dd>
              <CoverageBar figure={data.coverage} />
            </dd>
          </div>
        </dl>
        <p>{t('organisation.stateCounts', counts)}</p>
        <button type="button" className="results-link-button" aria-haspopup="dialog" onClick={() => setBasisOpen(true)}>
          {t('goals.showBasis')}
          <span className="visually-hidden"> {t('goals.showBasisFor', { subject: organisation.name })}</span>
        </button>
        {basisOpen && (
          <BasisDialog
            periodId={data.period.id}
            periodName={period}
            subject={{ organisationId: organisation.id }}
            subjectTitle={organisation.name}
            links={links}
            onClose={() => setBasisOpen(false)}
          />
        )}
      </section>

      <section aria-labelledby="results-org-measures">
        <h2 id="results-org-measures">{t('organisation.measures.heading')}</h2>
        <p>{t('organisation.measures.intro')}</p>
        {data.measures.length === 0 ? (
          <EmptyState>{t('organisation.measures.empty')}</EmptyState>
        ) : (
          <MeasureTable
            measures={data.measures}
            goals={goals}
            caption={t('organisation.measures.caption', { name: organisation.name, period })}
          />
        )}
      </section>

      <section aria-labelledby="results-org-actions">
        <h2 id="results-org-actions">{t('organisation.actions.heading')}</h2>
        {actions.length === 0 ? (
          <EmptyState>{t('organisation.actions.empty')}</EmptyState>
        ) : (
          <ActionsTable
            actions={actions}
            links={links}
            caption={t('organisation.actions.caption', { period })}
            showCaption
            periodId={data.period.id}
            measureCodes={measureCodes}
          />
        )}
      </section>

      <Attention data={data} links={links} />

      <section aria-labelledby="results-org-indicators">
        <h2 id="results-org-indicators">{t('organisation.indicators.heading')}</h2>
        {data.indicators.length === 0 ? (
          <EmptyState>{t('organisation.indicators.empty')}</EmptyState>
        ) : (
          <IndicatorTable indicators={data.indicators} periods={periods} caption={t('organisation.indicators.caption', { period })} />
        )}
      </section>

      <section aria-labelledby="results-org-unlinked">
        <h2 id="results-org-unlinked">{t('organisation.unlinked.heading')}</h2>
        {data.unlinkedActions.length === 0 ? (
          <p>{t('organisation.unlinked.none')}</p>
        ) : (
          <ActionsTable
            actions={data.unlinkedActions}
            links={links}
            caption={t('organisation.unlinked.caption', { period })}
            periodId={data.period.id}
          />
        )}
      </section>
    </>
  )
}

/** Measures grouped under their goal, each with its state as a symbol and a word (never colour alone). */
function MeasureTable({ measures, goals, caption }: { measures: OrganisationMeasure[]; goals: GoalRow[]; caption: string }) {
  const { t } = useTranslation('results')
  return (
    <div className="results-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="results-table results-measures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organisation.measures.measure')}</th>
            <th scope="col">{t('organisation.measures.state')}</th>
            <th scope="col">{t('organisation.measures.progress')}</th>
            <th scope="col">{t('organisation.measures.actions')}</th>
          </tr>
        </thead>
        {measuresByGoal(measures, goals).map(({ goal, measures: own }) => (
          <tbody key={goal?.goalId ?? 'other'}>
            <tr className="results-group-row">
              <th scope="colgroup" colSpan={4} lang={CONTENT_LANGUAGE}>
                {goal ? (
                  <>
                    <span className="results-code">{goal.code}</span> {goal.title}
                  </>
                ) : (
                  t('organisation.measures.otherGoal')
                )}
              </th>
            </tr>
            {own.map((measure) => (
              <tr key={measure.measureId}>
                <th scope="row" lang={CONTENT_LANGUAGE}>
                  <span className="results-code">{measure.code}</span> {measure.title}
                </th>
                <td>
                  <span className={`results-state results-state-${measure.state}`}>
                    <span aria-hidden="true">{t(`organisation.stateSymbol.${measure.state}`)} </span>
                    {t(`organisation.state.${measure.state}`)}
                  </span>
                </td>
                <td>
                  <ShareBar share={measure.progress.progress} />
                </td>
                <td>
                  {measure.actions.length === 0 ? (
                    <span className="results-meta">{t('organisation.measures.noActions')}</span>
                  ) : (
                    <ul className="results-inline-list" lang={CONTENT_LANGUAGE}>
                      {measure.actions.map((action) => (
                        <li key={action.id}>
                          {action.title} <span className="results-meta">({t(`status.${action.status}`).toLowerCase()})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  )
}

function Attention({ data, links }: { data: ProgressOrganisationView; links: ResultsLinks }) {
  const { t } = useTranslation('results')
  const notes = useFlagNotes()
  const { attention } = data
  const period = data.period.name
  const gapMeasures = byCode(data.measures.filter((m) => attention.gapMeasureIds.includes(m.measureId)))
  const nothing =
    !attention.notReported &&
    attention.actionsWithoutFollowUp.length === 0 &&
    attention.plannedPastStart.length === 0 &&
    gapMeasures.length === 0
  return (
    <section aria-labelledby="results-org-attention">
      <h2 id="results-org-attention">{t('organisation.attention.heading')}</h2>
      {nothing && <EmptyState>{t('organisation.attention.none')}</EmptyState>}
      {attention.notReported && (
        <p className="results-flag">
          <span aria-hidden="true">⚠ </span>
          {attention.notReported.dueActionIds.length > 0
            ? t('organisation.attention.notReportedDue', { period, count: attention.notReported.dueActionIds.length })
            : t('organisation.attention.notReportedNothing', { period })}
        </p>
      )}
      {attention.actionsWithoutFollowUp.length > 0 && (
        <details className="results-details">
          <summary>{t('organisation.attention.withoutFollowUp', { count: attention.actionsWithoutFollowUp.length })}</summary>
          <ActionsByOrganisation actions={attention.actionsWithoutFollowUp} links={links} note={notes.uncounted} />
        </details>
      )}
      {attention.plannedPastStart.length > 0 && (
        <details className="results-details">
          <summary>{t('organisation.attention.plannedPastStart', { count: attention.plannedPastStart.length })}</summary>
          <ActionsByOrganisation actions={attention.plannedPastStart} links={links} note={notes.plannedFrom} />
        </details>
      )}
      {gapMeasures.length > 0 && (
        <details className="results-details">
          <summary>{t('organisation.attention.gapMeasures', { count: gapMeasures.length })}</summary>
          <ul lang={CONTENT_LANGUAGE}>
            {gapMeasures.map((measure) => (
              <li key={measure.measureId}>
                <span className="results-code">{measure.code}</span> {measure.title}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
