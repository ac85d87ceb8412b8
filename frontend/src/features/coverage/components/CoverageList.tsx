import { useTranslation } from 'react-i18next'
import { formatPercent } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { gapsOf, organisationLabel, type Figure, type Matrix } from '../coverage-matrix'
import { FigureText } from './FigureText'

/**
 * The matrix as plain tables, one per goal: each measure, how many organisations are expected on it, how many
 * cover it, and the gaps by name. The same content as the grid for anyone who prefers reading a list.
 */
export function CoverageList({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation('coverage')
  const { locale } = useLanguage()
  const figureText = (figure: Figure) =>
    figure.coverage === null ? t('noFigureExplained') : t('figure', { percent: formatPercent(figure.coverage, locale), covered: figure.covered, expected: figure.expected })
  return (
    <section aria-labelledby="coverage-list-heading">
      <h2 id="coverage-list-heading">{t('list.heading')}</h2>
      {matrix.goals.map((goal) => (
        // a wide table scrolls inside its own box, which the keyboard can reach
        <div key={goal.goalId} className="coverage-table-scroll" role="region" aria-labelledby={`coverage-list-${goal.goalId}`} tabIndex={0}>
          <table className="coverage-list">
            <caption id={`coverage-list-${goal.goalId}`}>{t('list.caption', { code: goal.code, title: goal.title, figure: figureText(goal.figure) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.measure')}</th>
                <th scope="col" className="number">
                  {t('list.expected')}
                </th>
                <th scope="col" className="number">
                  {t('list.covered')}
                </th>
                <th scope="col">{t('list.gaps')}</th>
              </tr>
            </thead>
            <tbody>
              {goal.measures.map((measure) => {
                const gaps = gapsOf(measure, matrix.organisations)
                return (
                  <tr key={measure.measureId}>
                    <th scope="row" lang={CONTENT_LANGUAGE}>
                      <span className="code">{measure.code}</span> {measure.title}
                    </th>
                    <td className="number">{measure.figure.expected}</td>
                    <td className="number">
                      <FigureText figure={measure.figure} />
                    </td>
                    <td>{gaps.length === 0 ? t('list.noGaps') : <span lang={CONTENT_LANGUAGE}>{gaps.map(organisationLabel).join(', ')}</span>}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  )
}
