import type { ActionStatus, HistoryEvent } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { useMeasures } from '@/api/get-measures'
import { useAllOrganisations } from '@/api/get-organisations'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { formatDate, formatDateTime } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { useActionHistory } from '../api/get-action-history'

/** The fields of an action a person would recognise; other columns (planId, archivedAt) are told by the event itself. */
const FIELDS = ['title', 'description', 'responsibleUnit', 'plannedStart', 'plannedEnd', 'status'] as const
type Field = (typeof FIELDS)[number]
const isField = (field: string): field is Field => (FIELDS as readonly string[]).includes(field)

type Props = { id: string; actionId: number; strategyId: number }

/** Who changed what and when, newest first: the action itself, its measures and its co-owners. */
export function ActionHistory({ id, actionId, strategyId }: Props) {
  const { t } = useTranslation('plans')
  const { locale } = useLanguage()
  const history = useActionHistory(actionId)
  // names for the ids the links record (also measures and organisations no longer linked)
  const measures = useMeasures(strategyId)
  const organisations = useAllOrganisations()

  let body
  if (history.isPending) body = <LoadingState>{t('history.loading')}</LoadingState>
  else if (history.isError) body = <LoadError error={history.error} onRetry={() => void history.refetch()} />
  else if (history.data.items.length === 0) body = <EmptyState>{t('history.empty')}</EmptyState>
  else {
    const measureName = (value: unknown) => {
      const measure = measures.data?.items.find((m) => m.id === value)
      return measure ? `${measure.code} ${measure.title}` : t('history.unknownMeasure', { id: String(value) })
    }
    const organisationName = (value: unknown) =>
      organisations.data?.items.find((o) => o.id === value)?.name ?? t('history.unknownOrganisation', { id: String(value) })
    const shown = (field: Field, value: unknown) => {
      if (value === null || value === '') return t('history.none')
      if (field === 'status') return t(`actionStatus.${value as ActionStatus}`)
      if (field === 'plannedStart' || field === 'plannedEnd') return formatDate(String(value), locale)
      return String(value)
    }
    const what = (event: HistoryEvent) => {
      const linked = (field: string) => {
        const change = event.changes.find((c) => c.field === field)
        return event.action === 'deleted' ? change?.before : change?.after
      }
      if (event.entity === 'PlanActionMeasure')
        return t(event.action === 'deleted' ? 'history.measureRemoved' : 'history.measureAdded', {
          measure: measureName(linked('measureId')),
        })
      if (event.entity === 'PlanActionCoOwner')
        return t(event.action === 'deleted' ? 'history.coOwnerRemoved' : 'history.coOwnerAdded', {
          organisation: organisationName(linked('organisationId')),
        })
      return t(`history.action.${event.action}`)
    }
    const { items, total } = history.data
    body = (
      <>
        {total > items.length && <p className="notice">{t('history.truncated', { shown: items.length, total })}</p>}
        <ol className="history-list">
          {items.map((event) => {
            const changes = event.entity === 'PlanAction' && event.action === 'updated' ? event.changes.filter((c) => isField(c.field)) : []
            return (
              <li key={event.id}>
                <p className="history-what">{what(event)}</p>
                <p className="history-meta">
                  <span lang={event.user ? CONTENT_LANGUAGE : undefined}>{event.user?.name ?? t('history.system')}</span>
                  {', '}
                  <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
                </p>
                {changes.length > 0 && (
                  <ul className="history-changes">
                    {changes.map((change) => {
                      const field = change.field as Field
                      // free text is in the language it was written in; statuses and dates are shown in the UI's
                      const lang = field === 'status' || field === 'plannedStart' || field === 'plannedEnd' ? undefined : CONTENT_LANGUAGE
                      return (
                        <li key={field}>
                          {t(`history.field.${field}`)}: <del lang={lang}>{shown(field, change.before)}</del>{' '}
                          <span aria-hidden="true">→</span> <span className="visually-hidden">{t('history.becomes')} </span>
                          <ins lang={lang}>{shown(field, change.after)}</ins>
                        </li>
                      )
                    })}
                  </ul>
                )}
              </li>
            )
          })}
        </ol>
      </>
    )
  }

  return (
    <div id={id} className="history">
      <h4>{t('history.heading')}</h4>
      {body}
    </div>
  )
}
