import type { ProgressGoals } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { goalRows } from '../figures'
import { ChangeText, CoverageBar, ShareBar } from './Figures'
import { IndicatorSummaryText } from './IndicatorSummaryText'

/** Whose basis to show: a goal's (by id) or the county's (null). */
export type BasisRequest = { goalId: number | null; title: string }

type Props = { data: ProgressGoals; onShowBasis: (request: BasisRequest) => void }

/** Per goal (sub-goals indented under their goal) and for the county: implementation, change, coverage, indicators. */
export function GoalTable({ data, onShowBasis }: Props) {
  const { t } = useTranslation('results')
  const previous = data.previousPeriod?.name
  const county = t('county')
  return (
    <div className="results-scroll" role="region" aria-labelledby="results-goals-caption" tabIndex={0}>
      <table className="results-table results-goals">
        <caption id="results-goals-caption">{t('goals.caption', { period: data.period.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('goals.columns.goal')}</th>
            <th scope="col">{t('goals.columns.progress')}</th>
            <th scope="col">
              {previous ? t('goals.columns.change', { period: previous }) : t('goals.columns.changeNone')}{' '}
              <span className="results-meta">({t('goals.columns.changeUnit')})</span>
            </th>
            <th scope="col">{t('goals.columns.coverage')}</th>
            <th scope="col">{t('goals.columns.indicators')}</th>
            <th scope="col">{t('goals.columns.basis')}</th>
          </tr>
        </thead>
        <tbody>
          {goalRows(data.goals).map((row) => {
            const title = `${row.code} ${row.title}`
            return (
              <tr key={row.goalId} className={row.depth > 0 ? `results-sub-goal results-depth-${Math.min(row.depth, 3)}` : undefined}>
                <th scope="row" lang={CONTENT_LANGUAGE}>
                  {row.depth > 0 && <span className="visually-hidden">{t('subGoal')} </span>}
                  <span className="results-code">{row.code}</span> {row.title}
                </th>
                <td>
                  <ShareBar share={row.progress.progress} />
                </td>
                <td className="number">
                  <ChangeText change={row.progress.change} />
                </td>
                <td>
                  <CoverageBar figure={row.coverage} />
                </td>
                <td>
                  <IndicatorSummaryText summary={row.indicators.summary} items={row.indicators.items} />
                </td>
                <td>
                  <BasisButton subject={title} onClick={() => onShowBasis({ goalId: row.goalId, title })} />
                </td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{county}</th>
            <td>
              <ShareBar share={data.county.progress.progress} />
            </td>
            <td className="number">
              <ChangeText change={data.county.progress.change} />
            </td>
            <td>
              <CoverageBar figure={data.county.coverage} />
            </td>
            <td>
              <IndicatorSummaryText summary={data.county.indicators.summary} items={data.county.indicators.items} />
            </td>
            <td>
              <BasisButton subject={county} onClick={() => onShowBasis({ goalId: null, title: county })} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

function BasisButton({ subject, onClick }: { subject: string; onClick: () => void }) {
  const { t } = useTranslation('results')
  return (
    <button type="button" className="results-link-button" onClick={onClick} aria-haspopup="dialog">
      {t('goals.showBasis')}
      <span className="visually-hidden"> {t('goals.showBasisFor', { subject })}</span>
    </button>
  )
}
