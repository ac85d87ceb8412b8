import type { LinkOptions } from '@tanstack/react-router'
import '../overview.css'
import type { ReportingPeriod } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { useFollowUps } from '@/api/get-follow-ups'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { Link } from '@/components/ui/Link'
import type { OverviewLinks } from '../links'
import { ReportedPeriod } from './ReportedPeriod'
import { ReportingStatusTable } from './ReportingStatusTable'

/** OPK staff's start: how many follow-ups wait for review, and who has reported what in the period. */
export function StaffOverview({ links }: { links: OverviewLinks }) {
  return (
    <ReportedPeriod>
      {(period) => (
        <>
          <ReviewQueueSummary period={period} link={links.review} />
          <ReportingStatusTable period={period} />
        </>
      )}
    </ReportedPeriod>
  )
}

/** The number of submitted follow-ups of the period (a page of one: only the total is read) and the way to them. */
function ReviewQueueSummary({ period, link }: { period: ReportingPeriod; link: LinkOptions }) {
  const { t } = useTranslation('overview')
  const queue = useFollowUps({ periodId: period.id, state: 'submitted', pageSize: 1 })
  let body
  if (queue.isPending) body = <LoadingState>{t('staff.queue.loading')}</LoadingState>
  else if (queue.isError) body = <LoadError error={queue.error} onRetry={() => void queue.refetch()} />
  else
    body = (
      <>
        <p className="overview-figure">
          {queue.data.total === 0 ? t('staff.queue.none') : t('staff.queue.count', { count: queue.data.total })}
        </p>
        <p>
          <Link {...link}>{t('staff.queue.link')}</Link>
        </p>
      </>
    )
  return (
    <section aria-labelledby="overview-queue">
      <h2 id="overview-queue">{t('staff.queue.heading')}</h2>
      {body}
    </section>
  )
}
