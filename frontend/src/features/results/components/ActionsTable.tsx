import type { ProgressAction } from '@uppfoljning/contract'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { formatPercent } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import type { ResultsLinks } from '../links'
import { Missing } from './Figures'

/** Actions as they stand in the period: organisation (a link to its page), status, progress, the follow-up they count by. */
type Props = {
  actions: ProgressAction[]
  links: ResultsLinks
  /** names the table (read by screen readers; shown when `showCaption`) */
  caption: string
  showCaption?: boolean
  periodId: number
  /** measure codes by id: adds a column with the measures each action is linked to */
  measureCodes?: Map<number, string>
}

export function ActionsTable({ actions, links, caption, showCaption = false, periodId, measureCodes }: Props) {
  const { t } = useTranslation('results')
  const { locale } = useLanguage()
  const captionId = useId()
  return (
    <div className="results-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="results-table">
        <caption id={captionId} className={showCaption ? undefined : 'visually-hidden'}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('basis.action')}</th>
            <th scope="col">{t('basis.organisation')}</th>
            {measureCodes && <th scope="col">{t('basis.measures')}</th>}
            <th scope="col">{t('basis.statusColumn')}</th>
            <th scope="col" className="number">
              {t('basis.progressColumn')}
            </th>
            <th scope="col">{t('basis.followUp')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id}>
              <th scope="row" lang={CONTENT_LANGUAGE}>
                {action.title}
              </th>
              <td>
                <OrganisationName action={action} links={links} />
              </td>
              {measureCodes && (
                <td>
                  {action.measureIds
                    .map((id) => measureCodes.get(id))
                    .filter(Boolean)
                    .join(', ') || <Missing />}
                </td>
              )}
              <td>{t(`status.${action.status}`)}</td>
              <td className="number">{action.progress === null ? <Missing /> : formatPercent(action.progress, locale)}</td>
              <td>
                <FollowUpText action={action} periodId={periodId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function OrganisationName({ action, links }: { action: ProgressAction; links: ResultsLinks }) {
  const { t } = useTranslation('results')
  return (
    <span lang={CONTENT_LANGUAGE}>
      <Link {...links.organisation(action.organisation.id)}>{action.organisation.name}</Link>
      {action.coOwners.length > 0 && (
        <span className="results-meta"> ({t('basis.coOwners', { names: action.coOwners.map((owner) => owner.name).join(', ') })})</span>
      )}
    </span>
  )
}

/** The follow-up an action counts by (an earlier period's when a completion carries forward), or why there is none. */
function FollowUpText({ action, periodId }: { action: ProgressAction; periodId: number }) {
  const { t } = useTranslation('results')
  const { followUp, uncountedFollowUp } = action
  if (followUp && followUp.periodId !== periodId)
    return <>{t('basis.carried', { status: t(`status.${followUp.status}`).toLowerCase(), period: followUp.periodName })}</>
  if (followUp) return <>{t('basis.followUpOf', { period: followUp.periodName, state: t(`followUpState.${followUp.state}`) })}</>
  if (uncountedFollowUp)
    return <>{t('basis.uncounted', { state: t(`followUpState.${uncountedFollowUp.state}`), progress: uncountedFollowUp.progress })}</>
  if (action.standing === 'notDue' && action.plannedStart) return <>{t('basis.plannedStart', { date: action.plannedStart })}</>
  return <Missing />
}
