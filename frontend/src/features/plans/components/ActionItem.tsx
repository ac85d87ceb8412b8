import type { LinkOptions } from '@tanstack/react-router'
import type { FollowUp, PlanAction, ReportingPeriod } from '@uppfoljning/contract'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { StatusTag } from '@/components/ui/StatusTag'
import { formatDate } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import { ActionHistory } from './ActionHistory'

export const actionHeadingId = (actionId: number) => `action-${actionId}-title`
export const editButtonId = (actionId: number) => `action-${actionId}-edit`

type Props = {
  action: PlanAction
  strategyId: number
  periods: ReportingPeriod[]
  followUpOf: (periodId: number) => FollowUp | undefined
  followUpLink: (actionId: number, periodId: number) => LinkOptions
  onEdit: () => void
  onArchive: () => void
}

/**
 * One action: what it is, its measures and co-owners, its follow-ups for the open periods, and what the reader may do
 * with it — as the server says (`action.can`: a coordinator of its owners changes, archives and follows it up).
 */
export function ActionItem({ action, strategyId, periods, followUpOf, followUpLink, onEdit, onArchive }: Props) {
  const { t } = useTranslation('plans')
  const { locale } = useLanguage()
  const [historyShown, setHistoryShown] = useState(false)
  const headingId = actionHeadingId(action.id)
  const historyId = `action-${action.id}-history`
  const named = <span className="visually-hidden"> {t('actions.namedAction', { title: action.title })}</span>
  const { plannedStart: start, plannedEnd: end } = action

  return (
    <article className="action" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} className="action-title" lang={CONTENT_LANGUAGE}>
        {action.title}
      </h3>
      <p>
        <StatusTag kind={action.status}>{t(`actionStatus.${action.status}`)}</StatusTag>
      </p>
      {action.description && (
        <p className="description" lang={CONTENT_LANGUAGE}>
          {action.description}
        </p>
      )}
      <dl className="action-facts">
        <div>
          <dt>{t('actions.responsibleUnit')}</dt>
          <dd lang={action.responsibleUnit ? CONTENT_LANGUAGE : undefined}>{action.responsibleUnit || t('actions.notGiven')}</dd>
        </div>
        <div>
          <dt>{t('actions.planned')}</dt>
          <dd>
            {start || end
              ? t('actions.plannedRange', { start: start ? formatDate(start, locale) : '…', end: end ? formatDate(end, locale) : '…' })
              : t('actions.notGiven')}
          </dd>
        </div>
        <div>
          <dt>{t('actions.measures')}</dt>
          <dd>
            <ul className="plain-list" lang={CONTENT_LANGUAGE}>
              {action.measures.map((m) => (
                <li key={m.id}>
                  <span className="code">{m.code}</span> {m.title}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {action.coOwners.length > 0 && (
          <div>
            <dt>{t('actions.coOwners')}</dt>
            <dd>
              <ul className="plain-list" lang={CONTENT_LANGUAGE}>
                {action.coOwners.map((o) => (
                  <li key={o.id}>{o.name}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {periods.length > 0 && (
          <div>
            <dt>{t('actions.followUp')}</dt>
            <dd>
              <ul className="plain-list">
                {periods.map((period) => {
                  const followUp = followUpOf(period.id)
                  const state = followUp ? t(`followUpState.${followUp.state}`) : t('followUpState.none')
                  if (!action.can.addFollowUp && !followUp)
                    return <li key={period.id}>{t('actions.noFollowUp', { period: period.name })}</li>
                  return (
                    <li key={period.id}>
                      <Link {...followUpLink(action.id, period.id)}>
                        {action.can.addFollowUp
                          ? t('actions.followUpLink', { period: period.name })
                          : t('actions.showFollowUp', { period: period.name })}
                        {named}
                      </Link>{' '}
                      <StatusTag kind={followUp?.state ?? 'none'}>{state}</StatusTag>
                    </li>
                  )
                })}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <div className="action-buttons">
        {action.can.edit && (
          <button type="button" id={editButtonId(action.id)} className="button button-secondary" onClick={onEdit}>
            {t('actions.edit')}
            {named}
          </button>
        )}
        {action.can.archive && (
          <button type="button" id={`action-${action.id}-archive`} className="button button-secondary" onClick={onArchive}>
            {t('actions.archive')}
            {named}
          </button>
        )}
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={historyShown}
          aria-controls={historyShown ? historyId : undefined}
          onClick={() => setHistoryShown((v) => !v)}
        >
          {t('actions.history')}
          {named}
        </button>
      </div>
      {historyShown && <ActionHistory id={historyId} actionId={action.id} strategyId={strategyId} />}
    </article>
  )
}
