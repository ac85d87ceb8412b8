import type { ProgressAttention } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import { useAttention } from '../api/get-attention'
import { byCode } from '../basis'
import type { ResultsLinks } from '../links'
import { ActionsByOrganisation, useFlagNotes } from './ActionsByOrganisation'

/** "Att uppmärksamma": the county's attention flags for the period, each kind behind a disclosure with its count. */
export function AttentionSection({ periodId, links }: { periodId: number; links: ResultsLinks }) {
  const { t } = useTranslation('results')
  const attention = useAttention(periodId)
  let body
  if (attention.isPending) body = <LoadingState>{t('attention.loading')}</LoadingState>
  else if (attention.isError) body = <LoadError error={attention.error} onRetry={() => void attention.refetch()} />
  else body = <Flags data={attention.data} links={links} />
  return (
    <section aria-labelledby="results-attention">
      <h2 id="results-attention">{t('attention.heading')}</h2>
      {body}
    </section>
  )
}

function Flags({ data, links }: { data: ProgressAttention; links: ResultsLinks }) {
  const { t } = useTranslation('results')
  const notes = useFlagNotes()
  const period = data.period.name
  const total =
    data.actionsWithoutFollowUp.length +
    data.plannedPastStart.length +
    data.measuresWithoutActiveAction.length +
    data.organisationsNotReported.length
  if (total === 0) return <EmptyState>{t('attention.none')}</EmptyState>
  return (
    <>
      <p className="results-meta">{t('attention.referenceDate', { date: data.referenceDate })}</p>
      {data.organisationsNotReported.length > 0 && (
        <details className="results-details">
          <summary>{t('attention.organisationsNotReported', { period, count: data.organisationsNotReported.length })}</summary>
          <ul>
            {data.organisationsNotReported.map(({ organisation, dueActionIds }) => (
              <li key={organisation.id}>
                <Link {...links.organisation(organisation.id)} lang={CONTENT_LANGUAGE}>
                  {organisation.name}
                </Link>
                {' – '}
                {dueActionIds.length > 0 ? t('attention.dueActions', { count: dueActionIds.length }) : t('attention.noDueActions')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {data.actionsWithoutFollowUp.length > 0 && (
        <details className="results-details">
          <summary>{t('attention.actionsWithoutFollowUp', { period, count: data.actionsWithoutFollowUp.length })}</summary>
          <ActionsByOrganisation actions={data.actionsWithoutFollowUp} links={links} note={notes.uncounted} />
        </details>
      )}
      {data.plannedPastStart.length > 0 && (
        <details className="results-details">
          <summary>{t('attention.plannedPastStart', { count: data.plannedPastStart.length })}</summary>
          <ActionsByOrganisation actions={data.plannedPastStart} links={links} note={notes.plannedFrom} />
        </details>
      )}
      {data.measuresWithoutActiveAction.length > 0 && (
        <details className="results-details">
          <summary>{t('attention.measuresWithoutActiveAction', { count: data.measuresWithoutActiveAction.length })}</summary>
          <ul lang={CONTENT_LANGUAGE}>
            {byCode(data.measuresWithoutActiveAction).map((measure) => (
              <li key={measure.id}>
                <span className="results-code">{measure.code}</span> {measure.title}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  )
}
