import type { LinkOptions } from '@tanstack/react-router'
import type { FollowUp, PlanAction, ReportingPeriod } from '@uppfoljning/contract'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePlanAction } from '@/api/get-plan-action'
import { useReportingPeriod } from '@/api/get-reporting-period'
import { CommentThread } from '@/components/CommentThread'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { StatusTag } from '@/components/ui/StatusTag'
import { formatDate } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import { useDocumentTitle } from '@/lib/page-title'
import { useActionFollowUp } from '../api/get-action-follow-up'
import { FollowUpForm } from './FollowUpForm'
import { FollowUpSummary } from './FollowUpSummary'
import { ReturnedNotice } from './ReturnedNotice'
import '../follow-ups.css'

type Props = {
  actionId: number
  periodId: number
  planLink: (planId: number) => LinkOptions
}

/**
 * /aktiviteter/:actionId/uppfoljning/:periodId — an action's follow-up for a period. Its owners' coordinators write it
 * while the period is open and it is a draft or returned; everyone else (and everyone once it is submitted) reads.
 */
export function FollowUpPage({ actionId, periodId, planLink }: Props) {
  const { t } = useTranslation('followUps')
  const action = usePlanAction(actionId)
  const period = useReportingPeriod(periodId)
  const followUp = useActionFollowUp(actionId, periodId)
  useDocumentTitle(
    action.data && period.data ? t('page.documentTitle', { title: action.data.title, period: period.data.name }) : t('page.title'),
  )

  const queries = [action, period, followUp]
  if (queries.some((q) => q.isPending)) return <LoadingState>{t('page.loading')}</LoadingState>
  const failed = queries.find((q) => q.isError)
  if (failed)
    return (
      <>
        <h1>{t('page.title')}</h1>
        <LoadError error={failed.error as Error} onRetry={() => queries.forEach((q) => q.isError && void q.refetch())} />
      </>
    )
  return <Loaded action={action.data!} period={period.data!} followUp={followUp.data ?? null} planLink={planLink} />
}

type LoadedProps = { action: PlanAction; period: ReportingPeriod; followUp: FollowUp | null; planLink: (planId: number) => LinkOptions }

function Loaded({ action, period, followUp, planLink }: LoadedProps) {
  const { t } = useTranslation('followUps')
  const { locale } = useLanguage()
  const [submitted, setSubmitted] = useState(false)
  const submittedNotice = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (submitted) submittedNotice.current?.focus()
  }, [submitted])

  // Who may write is the server's answer: the follow-up's `can.edit` (its owners' coordinators, its state, its period),
  // before the first save the action's `can.addFollowUp`, in a period open for it. The period's state says why not.
  const owner = action.can.edit
  const open = period.status === 'open' && !action.archivedAt && period.strategyId === action.strategyId
  const state = followUp?.state
  const editable = followUp ? followUp.can.edit : open && action.can.addFollowUp

  let why: string | null = null
  if (!editable && owner && !open) why = period.status === 'open' ? t('page.actionArchived') : t(`page.periodState.${period.status}`)

  return (
    <>
      <p className="back-link">
        <Link {...planLink(action.planId)}>{t('page.back')}</Link>
      </p>
      <h1>
        <span className="kicker">{t('page.kicker', { period: period.name })}</span> <span lang={CONTENT_LANGUAGE}>{action.title}</span>
      </h1>
      <dl className="facts">
        <div>
          <dt>{t('page.period')}</dt>
          <dd>{t('page.periodRange', { start: formatDate(period.startsOn, locale), end: formatDate(period.endsOn, locale) })}</dd>
        </div>
        <div>
          <dt>{t('page.deadline')}</dt>
          <dd>{formatDate(period.deadline, locale)}</dd>
        </div>
        <div>
          <dt>{t('page.state')}</dt>
          <dd>
            <StatusTag kind={state ?? 'none'}>{t(`state.${state ?? 'none'}`)}</StatusTag>
          </dd>
        </div>
      </dl>
      {submitted && (
        <p ref={submittedNotice} tabIndex={-1} role="status" className="notice submitted-notice">
          {t('page.submitted')}
        </p>
      )}
      {why && <p className="notice">{why}</p>}
      {followUp?.state === 'returned' && <ReturnedNotice followUp={followUp} canAnswer={editable} />}
      {editable ? (
        <FollowUpForm action={action} periodId={period.id} followUp={followUp} onSubmitted={() => setSubmitted(true)} />
      ) : followUp ? (
        <FollowUpSummary followUp={followUp} />
      ) : (
        <EmptyState>{t('page.none')}</EmptyState>
      )}
      {followUp && <CommentThread followUpId={followUp.id} canComment={followUp.can.comment} />}
    </>
  )
}
