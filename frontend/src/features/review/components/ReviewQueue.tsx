import type { LinkOptions } from '@tanstack/react-router'
import type { PlanAction, ReportingPeriod } from '@uppfoljning/contract'
import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useFollowUps, type FollowUpsQuery } from '@/api/get-follow-ups'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { formatDate } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import type { ReviewFilters } from '../review-filters'

/** What the queue needs besides the follow-ups to name their actions, organisations and periods. */
export type QueueLookups = {
  actions: Map<number, PlanAction>
  organisations: Map<number, string>
  periods: Map<number, ReportingPeriod>
}

type Props = {
  query: FollowUpsQuery
  /** null while the names are still loading */
  lookups: QueueLookups | null
  openId: number | undefined
  linkTo: (changes: Partial<ReviewFilters>) => LinkOptions
  headingRef: RefObject<HTMLHeadingElement | null>
}

/** The follow-ups that match the filters, a page at a time; each opens for review. The count is announced. */
export function ReviewQueue({ query, lookups, openId, linkTo, headingRef }: Props) {
  const { t } = useTranslation('review')
  const { locale } = useLanguage()
  const followUps = useFollowUps(query)

  let body
  if (followUps.isPending || !lookups) body = <LoadingState>{t('loading')}</LoadingState>
  else if (followUps.isError) body = <LoadError error={followUps.error} onRetry={() => void followUps.refetch()} />
  else {
    const { items, total, page, pageSize } = followUps.data
    const pages = Math.max(1, Math.ceil(total / pageSize))
    body =
      items.length === 0 ? null : (
        <>
          <div className="review-table-scroll" role="region" aria-labelledby="review-queue-caption" tabIndex={0}>
            <table className="review-table" aria-busy={followUps.isPlaceholderData || undefined}>
              <caption id="review-queue-caption">{t('queue.caption', { page, pages })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('queue.action')}</th>
                  <th scope="col">{t('queue.organisation')}</th>
                  <th scope="col">{t('queue.period')}</th>
                  <th scope="col">{t('queue.submitted')}</th>
                  <th scope="col">{t('queue.state')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((followUp) => {
                  const action = lookups.actions.get(followUp.actionId)
                  const open = followUp.id === openId
                  return (
                    <tr key={followUp.id} className={open ? 'review-open-row' : undefined}>
                      <th scope="row">
                        <Link {...linkTo({ followUpId: followUp.id })} aria-current={open || undefined}>
                          <span lang={CONTENT_LANGUAGE}>{action?.title ?? t('queue.unknownAction', { id: followUp.actionId })}</span>
                          <span className="visually-hidden"> – {t('queue.open')}</span>
                        </Link>
                        {open && <span className="review-meta"> {t('queue.current')}</span>}
                      </th>
                      <td>
                        {action ? (
                          <>
                            <span lang={CONTENT_LANGUAGE}>{lookups.organisations.get(action.organisationId) ?? action.organisationId}</span>
                            {/* a joint action shows under each owner's filter: say whose plan holds it and who shares it */}
                            {action.coOwners.length > 0 && (
                              <span className="review-meta">
                                {' '}
                                {t('queue.jointWith')} <span lang={CONTENT_LANGUAGE}>{action.coOwners.map((o) => o.name).join(', ')}</span>
                              </span>
                            )}
                          </>
                        ) : (
                          t('queue.unknownOrganisation')
                        )}
                      </td>
                      <td lang={CONTENT_LANGUAGE}>{lookups.periods.get(followUp.periodId)?.name ?? followUp.periodId}</td>
                      <td>
                        {followUp.submittedAt ? (
                          <time dateTime={followUp.submittedAt}>{formatDate(followUp.submittedAt, locale)}</time>
                        ) : (
                          '–'
                        )}
                      </td>
                      <td>{t(`state.${followUp.state}`)}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
          {pages > 1 && (
            <nav aria-label={t('queue.pages')} className="review-pager">
              {page > 1 && <Link {...linkTo({ page: page - 1 })}>{t('queue.previous')}</Link>}
              <span>{t('queue.page', { page, pages })}</span>
              {page < pages && <Link {...linkTo({ page: page + 1 })}>{t('queue.next')}</Link>}
            </nav>
          )}
        </>
      )
  }

  // while a new filter loads, the old list stays on screen (marked busy) but its count is not announced as the new one
  let count = ''
  if (followUps.isPlaceholderData) count = t('loading')
  else if (followUps.data && lookups)
    count = followUps.data.total === 0 ? t('queue.empty') : t('queue.count', { count: followUps.data.total })
  return (
    <section aria-labelledby="review-queue-heading">
      <h2 id="review-queue-heading" ref={headingRef} tabIndex={-1}>
        {t('queue.heading')}
      </h2>
      {/* announced whenever a filter changes what the queue holds */}
      <p role="status" className="review-count">
        {count}
      </p>
      {body}
    </section>
  )
}
