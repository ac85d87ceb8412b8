import type { ProgressExplanation } from '@uppfoljning/contract'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import { byCode, byOrganisationAndTitle, gapsByMeasure, leftOutGroups } from '../basis'
import { indicatorValue, MISSING } from '../figures'
import type { ResultsLinks } from '../links'
import { ActionsTable } from './ActionsTable'
import { CoverageBar, ShareBar } from './Figures'

/** What one figure rests on (GET /progress/explain): its measures, counted actions, what was left out, gaps, indicator values. */
export function Basis({ explanation, links }: { explanation: ProgressExplanation; links: ResultsLinks }) {
  const { t } = useTranslation('results')
  const { progress, coverage } = explanation
  const figure = progress.figure
  return (
    <>
      <dl className="results-facts">
        <div>
          <dt>{t('basis.progress')}</dt>
          <dd>
            <ShareBar share={figure.progress} />
          </dd>
        </div>
        <div>
          <dt>{t('basis.coverage')}</dt>
          <dd>
            <CoverageBar figure={coverage.figure} />
          </dd>
        </div>
      </dl>
      <p>
        {t('basis.progressCounted', {
          measures: figure.counted.measures,
          actions: figure.counted.actions,
          followUps: figure.counted.followUps,
        })}
      </p>

      {progress.measures.length > 0 && <MeasuresTable measures={progress.measures} />}

      <h3>{t('basis.actionsHeading', { count: progress.actions.length })}</h3>
      {progress.actions.length === 0 ? (
        <p>{t('basis.noActions')}</p>
      ) : (
        <ActionsTable
          actions={byOrganisationAndTitle(progress.actions)}
          links={links}
          caption={t('basis.actionsCaption')}
          periodId={explanation.period.id}
        />
      )}

      <LeftOut leftOut={progress.leftOut} links={links} periodId={explanation.period.id} />
      <Gaps measures={coverage.measures} links={links} />
      <Indicators indicators={explanation.indicators} />
    </>
  )
}

function MeasuresTable({ measures }: { measures: ProgressExplanation['progress']['measures'] }) {
  const { t } = useTranslation('results')
  const { locale } = useLanguage()
  const captionId = useId()
  return (
    <>
      <h3>{t('basis.measuresHeading')}</h3>
      <div className="results-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="results-table">
          <caption id={captionId}>{t('basis.measuresCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('basis.measure')}</th>
              <th scope="col" className="number">
                {t('basis.weight')}
              </th>
              <th scope="col">{t('basis.progressColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {byCode(measures).map((measure) => (
              <tr key={measure.id}>
                <th scope="row" lang={CONTENT_LANGUAGE}>
                  <span className="results-code">{measure.code}</span> {measure.title}
                </th>
                <td className="number">{formatNumber(measure.weight, locale)}</td>
                <td>
                  <ShareBar share={measure.progress} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

function LeftOut({
  leftOut,
  links,
  periodId,
}: {
  leftOut: ProgressExplanation['progress']['leftOut']
  links: ResultsLinks
  periodId: number
}) {
  const { t } = useTranslation('results')
  const groups = leftOutGroups(leftOut)
  return (
    <>
      <h3>{t('basis.leftOutHeading')}</h3>
      {groups.length === 0 && <p>{t('basis.leftOutNone')}</p>}
      {groups.map((group) => (
        <details key={group.reason} className="results-details">
          <summary>
            {t(`basis.leftOut.${group.reason}`, { count: group.reason === 'measures' ? group.measures.length : group.actions.length })}
          </summary>
          {group.reason === 'measures' ? (
            <ul lang={CONTENT_LANGUAGE}>
              {byCode(group.measures).map((measure) => (
                <li key={measure.id}>
                  <span className="results-code">{measure.code}</span> {measure.title}
                </li>
              ))}
            </ul>
          ) : (
            <ActionsTable
              actions={group.actions}
              links={links}
              caption={t(`basis.leftOut.${group.reason}`, { count: group.actions.length })}
              periodId={periodId}
            />
          )}
        </details>
      ))}
    </>
  )
}

function Gaps({ measures, links }: { measures: ProgressExplanation['coverage']['measures']; links: ResultsLinks }) {
  const { t } = useTranslation('results')
  const withGaps = gapsByMeasure(measures)
  return (
    <>
      <h3>{t('basis.gapsHeading')}</h3>
      {withGaps.length === 0 ? (
        <p>{t('basis.gapsNone')}</p>
      ) : (
        <ul className="results-gaps">
          {withGaps.map((measure) => (
            <li key={measure.measureId}>
              <p className="results-gap-measure">
                <span lang={CONTENT_LANGUAGE}>
                  <span className="results-code">{measure.code}</span> {measure.title}
                </span>{' '}
                <span className="results-meta">
                  {t('contributions', { covered: measure.coverage.covered, expected: measure.coverage.expected })}
                </span>
              </p>
              <p>
                {t('basis.gapsMissing')}{' '}
                <span lang={CONTENT_LANGUAGE}>
                  {measure.gaps.map((organisation, index) => (
                    <span key={organisation.id}>
                      {index > 0 && ', '}
                      <Link {...links.organisation(organisation.id)}>{organisation.name}</Link>
                    </span>
                  ))}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

function Indicators({ indicators }: { indicators: ProgressExplanation['indicators'] }) {
  const { t } = useTranslation('results')
  const { locale } = useLanguage()
  return (
    <>
      <h3>{t('basis.indicatorsHeading')}</h3>
      {indicators.length === 0 && <p>{t('basis.indicatorsNone')}</p>}
      {indicators.map((indicator) => (
        <div key={`${indicator.indicatorId}-${indicator.organisationId ?? 'county'}`} className="results-indicator">
          <p>
            {t('basis.baselineTarget', {
              baseline: indicator.baselineValue === null ? MISSING : formatNumber(indicator.baselineValue, locale),
              target: indicator.targetValue === null ? MISSING : formatNumber(indicator.targetValue, locale),
              direction: t(`indicators.direction.${indicator.direction}`),
            })}
          </p>
          <div className="results-scroll" role="region" aria-label={t('basis.indicatorCaption', { name: indicator.name })} tabIndex={0}>
            <table className="results-table">
              <caption lang={CONTENT_LANGUAGE}>{t('basis.indicatorCaption', { name: indicator.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('basis.period')}</th>
                  <th scope="col" className="number">
                    {t('basis.value')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {indicator.values.map((value) => (
                  <tr key={value.id}>
                    <th scope="row">{value.periodName}</th>
                    <td className="number">{indicatorValue(value.value, value.suppressed, indicator.unit, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </>
  )
}
