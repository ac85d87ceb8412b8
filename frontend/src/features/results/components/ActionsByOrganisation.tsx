import type { ProgressAction } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import { groupByOrganisation } from '../basis'
import type { ResultsLinks } from '../links'

/** Flagged actions under their organisation (a link to its page). */
export function ActionsByOrganisation({
  actions,
  links,
  note,
}: {
  actions: ProgressAction[]
  links: ResultsLinks
  note: (action: ProgressAction) => string | null
}) {
  return (
    <ul className="results-by-organisation">
      {groupByOrganisation(actions).map(({ organisation, actions: own }) => (
        <li key={organisation.id}>
          <Link {...links.organisation(organisation.id)} lang={CONTENT_LANGUAGE}>
            {organisation.name}
          </Link>{' '}
          ({own.length})
          <ul>
            {own.map((action) => {
              const text = note(action)
              return (
                <li key={action.id}>
                  <span lang={CONTENT_LANGUAGE}>{action.title}</span>
                  {text && <span className="results-meta"> – {text}</span>}
                </li>
              )
            })}
          </ul>
        </li>
      ))}
    </ul>
  )
}

/** The notes beside a flagged action: why its follow-up does not count, or when it was planned to start. */
export function useFlagNotes() {
  const { t } = useTranslation('results')
  return {
    uncounted: (action: ProgressAction) =>
      action.uncountedFollowUp?.state === 'draft'
        ? t('attention.draftExists')
        : action.uncountedFollowUp?.state === 'returned'
          ? t('attention.returnedExists')
          : null,
    plannedFrom: (action: ProgressAction) => (action.plannedStart ? t('attention.plannedFrom', { date: action.plannedStart }) : null),
  }
}
