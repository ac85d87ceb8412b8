import type { PlanAction, ReportingPeriod, Strategy } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { useOrganisationFollowUps } from '@/api/get-follow-ups'
import { useOrganisationActions } from '@/api/search-plan-actions'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { formatDate } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import { actionsWithoutFollowUp, returnedFollowUps } from '../follow-up-gaps'
import type { OverviewLinks } from '../links'

// One page of the API's largest size: an organisation has tens of actions at most. Should it ever hold more,
// the list says so rather than pretending to be complete.

type Props = { organisationId: number; strategy: Strategy; period: ReportingPeriod; links: OverviewLinks }

/**
 * What the organisation still has to do in the open period: its actions (own and joint) without a follow-up, and
 * the follow-ups returned for completion with the reviewer's comment. Two requests; the difference is taken here.
 */
export function OrganisationTasks({ organisationId, strategy, period, links }: Props) {
  const { t } = useTranslation('overview')
  const actions = useOrganisationActions({ organisationId, strategyId: strategy.id })
  const followUps = useOrganisationFollowUps({ organisationId, periodId: period.id })

  if (actions.isPending || followUps.isPending) return <LoadingState>{t('coordinator.loadingTasks')}</LoadingState>
  if (actions.isError || followUps.isError) {
    const error = (actions.error ?? followUps.error) as Error
    return (
      <LoadError
        error={error}
        onRetry={() => {
          if (actions.isError) void actions.refetch()
          if (followUps.isError) void followUps.refetch()
        }}
      />
    )
  }

  const missing = actionsWithoutFollowUp(actions.data.items, followUps.data.items, period)
  const returned = returnedFollowUps(actions.data.items, followUps.data.items)
  const truncated = actions.data.total > actions.data.items.length || followUps.data.total > followUps.data.items.length
  return (
    <>
      {truncated && <p className="notice">{t('coordinator.truncated', { shown: actions.data.items.length, total: actions.data.total })}</p>}
      <h3>{t('coordinator.missing.heading', { period: period.name, count: missing.length })}</h3>
      {missing.length === 0 ? (
        <p className="state state-empty">{t('coordinator.missing.empty')}</p>
      ) : (
        <ul className="overview-list">
          {missing.map((action) => (
            <li key={action.id}>
              <Link {...links.followUp(action.id, period.id)}>
                <span lang={CONTENT_LANGUAGE}>{action.title}</span>
                <span className="visually-hidden"> – {t('coordinator.missing.linkHint')}</span>
              </Link>{' '}
              <ActionMeta action={action} organisationId={organisationId} />
            </li>
          ))}
        </ul>
      )}

      <h3>{t('coordinator.returned.heading', { count: returned.length })}</h3>
      {returned.length === 0 ? (
        <p className="state state-empty">{t('coordinator.returned.empty')}</p>
      ) : (
        <ul className="overview-list">
          {returned.map(({ followUp, action }) => (
            <li key={followUp.id} className="overview-returned">
              <Link {...links.followUp(followUp.actionId, followUp.periodId)}>
                <span lang={CONTENT_LANGUAGE}>{action?.title ?? t('coordinator.returned.untitled', { id: followUp.actionId })}</span>
                <span className="visually-hidden"> – {t('coordinator.returned.linkHint')}</span>
              </Link>
              {followUp.reviewedAt && <ReviewedOn date={followUp.reviewedAt} />}
              {followUp.reviewComment && (
                <figure className="overview-comment">
                  <figcaption>{t('coordinator.returned.comment')}</figcaption>
                  <blockquote lang={CONTENT_LANGUAGE}>{followUp.reviewComment}</blockquote>
                </figure>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/** What sets the action apart in the list: its measures' codes and whether it is joint (and whose plan holds it). */
function ActionMeta({ action, organisationId }: { action: PlanAction; organisationId: number }) {
  const { t } = useTranslation('overview')
  const codes = action.measures.map((m) => m.code).join(', ')
  const joint = action.coOwners.length > 0 || action.organisationId !== organisationId
  return (
    <span className="overview-meta">
      {t('coordinator.missing.measures', { count: action.measures.length, codes })}
      {joint && <>, {t('coordinator.missing.joint')}</>}
    </span>
  )
}

function ReviewedOn({ date }: { date: string }) {
  const { t } = useTranslation('overview')
  const { locale } = useLanguage()
  return (
    <span className="overview-meta">
      {' '}
      {t('coordinator.returned.on')} <time dateTime={date}>{formatDate(date, locale)}</time>
    </span>
  )
}
