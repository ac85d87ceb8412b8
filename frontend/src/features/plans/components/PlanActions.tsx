import type { LinkOptions } from '@tanstack/react-router'
import { useQueries } from '@tanstack/react-query'
import type { FollowUp, ImplementationPlan, PlanAction } from '@uppfoljning/contract'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getOrganisationFollowUpsQueryOptions } from '@/api/get-follow-ups'
import { useReportingPeriods } from '@/api/get-reporting-periods'
import { ConfirmDialog } from '@/components/ui/ConfirmDialog'
import { EmptyState } from '@/components/ui/EmptyState'
import { ErrorState } from '@/components/ui/ErrorState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { ApiError } from '@/lib/api-client'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { useSetPlanActionArchived } from '../api/archive-plan-action'
import { usePlanActions } from '../api/get-plan-actions'
import { useFocusAfterRender } from '../use-focus-after-render'
import { ActionForm } from './ActionForm'
import { actionHeadingId, ActionItem, editButtonId } from './ActionItem'

const HEADING_ID = 'plan-actions-heading'
const ADD_BUTTON_ID = 'add-action'

type Props = {
  plan: ImplementationPlan
  followUpLink: (actionId: number, periodId: number) => LinkOptions
}

/**
 * The plan's actions. The plan's coordinators add actions; the coordinators of an action's owners change and archive
 * it (after confirming) and follow it up for each open period; everyone else reads.
 */
export function PlanActions({ plan, followUpLink }: Props) {
  const { t } = useTranslation('plans')
  const actions = usePlanActions(plan.id)
  const periods = useReportingPeriods(plan.strategyId, 'open')
  const openPeriods = periods.data?.items ?? []
  // one request per open period (normally one) for the follow-ups of all the organisation's actions
  const followUps = useQueries({
    queries: openPeriods.map((period) =>
      getOrganisationFollowUpsQueryOptions({ periodId: period.id, organisationId: plan.organisationId }),
    ),
  })
  const followUpOf = new Map<string, FollowUp>()
  for (const query of followUps) for (const f of query.data?.items ?? []) followUpOf.set(`${f.actionId}:${f.periodId}`, f)

  const [editing, setEditing] = useState<'new' | number | null>(null)
  const [notice, setNotice] = useState<{ text: string; restore?: PlanAction } | null>(null)
  const [archiving, setArchiving] = useState<PlanAction | null>(null)
  const [archiveError, setArchiveError] = useState<{ message: string; lang?: string } | null>(null)
  const archive = useSetPlanActionArchived()
  const focusLater = useFocusAfterRender()
  // what the reader may do is the server's answer (`can`), decided by the same rules that guard the writes
  const canAdd = plan.can.addAction

  const saved = (action: PlanAction, added: boolean) => {
    setEditing(null)
    setNotice({ text: t(added ? 'actions.added' : 'actions.saved', { title: action.title }) })
    focusLater(actionHeadingId(action.id))
  }

  // the API's explanation is Swedish whatever the UI language
  const problem = (error: unknown) =>
    error instanceof ApiError && error.detail ? { message: error.detail, lang: CONTENT_LANGUAGE } : { message: t('actions.archiveFailed') }

  const confirmArchive = () => {
    const action = archiving
    if (!action || archive.isPending) return
    archive.mutate(
      { actionId: action.id, archived: true },
      {
        onSuccess: () => {
          setArchiving(null)
          setArchiveError(null)
          setNotice({ text: t('actions.archived', { title: action.title }), restore: action })
          focusLater(HEADING_ID)
        },
        onError: (error) => {
          setArchiving(null)
          setArchiveError(problem(error))
        },
      },
    )
  }

  const restore = (action: PlanAction) =>
    archive.mutate(
      { actionId: action.id, archived: false },
      {
        onSuccess: () => {
          setNotice({ text: t('actions.restored', { title: action.title }) })
          focusLater(actionHeadingId(action.id))
        },
        onError: (error) => setArchiveError(problem(error)),
      },
    )

  let list
  if (actions.isPending) list = <LoadingState>{t('actions.loading')}</LoadingState>
  else if (actions.isError) list = <LoadError error={actions.error} onRetry={() => void actions.refetch()} />
  else if (actions.data.items.length === 0) list = <EmptyState>{t('actions.empty')}</EmptyState>
  else {
    const { items, total } = actions.data
    list = (
      <>
        <p className="count">{t('actions.count', { count: total })}</p>
        {total > items.length && <p className="notice">{t('actions.truncated', { shown: items.length, total })}</p>}
        <ol className="actions">
          {items.map((action) => (
            <li key={action.id}>
              {editing === action.id ? (
                <ActionForm
                  plan={plan}
                  action={action}
                  onSaved={(updated) => saved(updated, false)}
                  onCancel={() => {
                    setEditing(null)
                    focusLater(editButtonId(action.id))
                  }}
                />
              ) : (
                <ActionItem
                  action={action}
                  strategyId={plan.strategyId}
                  periods={openPeriods}
                  followUpOf={(periodId) => followUpOf.get(`${action.id}:${periodId}`)}
                  followUpLink={followUpLink}
                  onEdit={() => {
                    setNotice(null)
                    setEditing(action.id)
                  }}
                  onArchive={() => setArchiving(action)}
                />
              )}
            </li>
          ))}
        </ol>
      </>
    )
  }

  return (
    <section className="plan-actions" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1}>
        {t('actions.heading')}
      </h2>
      <div className="notice-row">
        <StatusMessage>{notice?.text}</StatusMessage>
        {notice?.restore && (
          <button type="button" className="button button-secondary" onClick={() => restore(notice.restore!)}>
            {t('actions.undoArchive')}
            <span className="visually-hidden"> {t('actions.namedAction', { title: notice.restore.title })}</span>
          </button>
        )}
      </div>
      {archiveError && (
        <ErrorState title={t('actions.archiveFailedTitle')} message={archiveError.message} messageLang={archiveError.lang} />
      )}
      {canAdd &&
        (editing === 'new' ? (
          <ActionForm
            plan={plan}
            onSaved={(action) => saved(action, true)}
            onCancel={() => {
              setEditing(null)
              focusLater(ADD_BUTTON_ID)
            }}
          />
        ) : (
          <p>
            <button
              type="button"
              id={ADD_BUTTON_ID}
              className="button"
              onClick={() => {
                setNotice(null)
                setEditing('new')
              }}
            >
              {t('actions.add')}
            </button>
          </p>
        ))}
      {list}
      <ConfirmDialog
        open={archiving !== null}
        title={t('actions.archiveTitle')}
        confirmLabel={t('actions.archiveConfirm')}
        cancelLabel={t('actions.archiveCancel')}
        danger
        onConfirm={confirmArchive}
        onCancel={() => setArchiving(null)}
      >
        <p>
          {t('actions.archiveBody1')} <strong lang={CONTENT_LANGUAGE}>{archiving?.title}</strong>
        </p>
        <p>{t('actions.archiveBody2')}</p>
      </ConfirmDialog>
    </section>
  )
}
