import type { LinkOptions } from '@tanstack/react-router'
import type { FollowUp, PlanAction } from '@uppfoljning/contract'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useFollowUp } from '@/api/get-follow-ups'
import { usePlanAction } from '@/api/get-plan-action'
import { CommentThread } from '@/components/CommentThread'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { formatDateTime, formatPercent } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import type { QueueLookups } from './ReviewQueue'
import { ReviewActions } from './ReviewActions'

/**
 * One follow-up opened for review: what it is about, what the organisation reported, the conversation, and (while it
 * is submitted) Godkänn and Återsänd. Focus moves to its heading when it opens.
 */
export function FollowUpReview({ id, lookups, closeLink }: { id: number; lookups: QueueLookups; closeLink: LinkOptions }) {
  const { t } = useTranslation('review')
  const followUp = useFollowUp(id)
  const actionId = followUp.data?.actionId
  let body
  if (followUp.isPending) body = <LoadingState>{t('detail.loading')}</LoadingState>
  else if (followUp.isError) body = <LoadError error={followUp.error} onRetry={() => void followUp.refetch()} />
  else body = actionId !== undefined && <WithAction followUp={followUp.data} actionId={actionId} lookups={lookups} />
  return (
    <section className="review-detail" aria-labelledby="review-detail-heading">
      {body}
      <p>
        <Link {...closeLink}>{t('detail.close')}</Link>
      </p>
    </section>
  )
}

function WithAction({ followUp, actionId, lookups }: { followUp: FollowUp; actionId: number; lookups: QueueLookups }) {
  const { t } = useTranslation('review')
  const action = usePlanAction(actionId)
  if (action.isPending) return <LoadingState>{t('detail.loading')}</LoadingState>
  if (action.isError) return <LoadError error={action.error} onRetry={() => void action.refetch()} />
  return <Details followUp={followUp} action={action.data} lookups={lookups} />
}

function Details({ followUp, action, lookups }: { followUp: FollowUp; action: PlanAction; lookups: QueueLookups }) {
  const { t } = useTranslation('review')
  const { locale } = useLanguage()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
  }, [])
  const date = (value: string | null) => (value ? <time dateTime={value}>{formatDateTime(value, locale)}</time> : '–')
  const text = (value: string) =>
    value.trim() ? <p lang={CONTENT_LANGUAGE}>{value}</p> : <p className="review-meta">{t('detail.nothing')}</p>
  return (
    <>
      <h2 id="review-detail-heading" ref={heading} tabIndex={-1}>
        {t('detail.headingPrefix')} <span lang={CONTENT_LANGUAGE}>{action.title}</span>
      </h2>
      <dl className="review-facts">
        <div>
          <dt>{t('detail.organisation')}</dt>
          <dd lang={CONTENT_LANGUAGE}>{lookups.organisations.get(action.organisationId) ?? action.organisationId}</dd>
        </div>
        {action.coOwners.length > 0 && (
          <div>
            <dt>{t('detail.coOwners')}</dt>
            <dd lang={CONTENT_LANGUAGE}>{action.coOwners.map((o) => o.name).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('detail.period')}</dt>
          <dd lang={CONTENT_LANGUAGE}>{lookups.periods.get(followUp.periodId)?.name ?? followUp.periodId}</dd>
        </div>
        <div className="review-facts-wide">
          <dt>{t('detail.measures')}</dt>
          <dd lang={CONTENT_LANGUAGE}>{action.measures.map((m) => `${m.code} ${m.title}`).join('; ')}</dd>
        </div>
        <div>
          <dt>{t('detail.state')}</dt>
          <dd>{t(`state.${followUp.state}`)}</dd>
        </div>
        <div>
          <dt>{t('detail.status')}</dt>
          <dd>{t(`actionStatus.${followUp.status}`)}</dd>
        </div>
        <div>
          <dt>{t('detail.progress')}</dt>
          <dd>{formatPercent(followUp.progress / 100, locale)}</dd>
        </div>
        <div>
          <dt>{t('detail.submittedAt')}</dt>
          <dd>{date(followUp.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('detail.reviewedAt')}</dt>
          <dd>{date(followUp.reviewedAt)}</dd>
        </div>
      </dl>
      <h3>{t('detail.narrative')}</h3>
      {text(followUp.narrative)}
      <h3>{t('detail.results')}</h3>
      {text(followUp.results)}
      <h3>{t('detail.obstacles')}</h3>
      {text(followUp.obstacles)}
      {/* the reviewer writes to the organisation through Return below */}
      <CommentThread followUpId={followUp.id} canComment={false} headingLevel={3} />
      <ReviewActions followUp={followUp} title={action.title} />
    </>
  )
}
