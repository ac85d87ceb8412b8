import '../results.css'
import type { ProgressGoals } from '@uppfoljning/contract'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Deferred } from '@/components/ui/Deferred'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { useGoalProgress } from '@/api/get-goal-progress'
import { useTrends } from '../api/get-trends'
import type { ResultsLinks } from '../links'
import { AttentionSection } from './AttentionSection'
import { BasisDialog } from './BasisDialog'
import { GoalTable, type BasisRequest } from './GoalTable'
import { HowCounted } from './HowCounted'
import { OrganisationTable } from './OrganisationTable'

type Props = { periodId: number; links: ResultsLinks }

/** Måluppfyllelse: how far each goal has come, with the basis of every figure one click away, per organisation, and the flags. */
export function GoalFulfilment({ periodId, links }: Props) {
  const { t } = useTranslation('results')
  const goals = useGoalProgress(periodId)
  const [basis, setBasis] = useState<BasisRequest | null>(null)

  let body
  if (goals.isPending) body = <LoadingState>{t('loading')}</LoadingState>
  else if (goals.isError) body = <LoadError error={goals.error} onRetry={() => void goals.refetch()} />
  else if (goals.data.goals.length === 0) body = <EmptyState>{t('goals.empty')}</EmptyState>
  else
    body = (
      <>
        <GoalTable data={goals.data} onShowBasis={setBasis} />
        <p className="results-meta">{t('missingLegend')}</p>
        <HowCounted />
        <Unlinked data={goals.data} onShowCountyBasis={() => setBasis({ goalId: null, title: t('county') })} />
        {basis && (
          <BasisDialog
            periodId={periodId}
            periodName={goals.data.period.name}
            subject={basis.goalId === null ? {} : { goalId: basis.goalId }}
            subjectTitle={basis.title}
            links={links}
            onClose={() => setBasis(null)}
          />
        )}
      </>
    )

  return (
    <>
      <section aria-labelledby="results-goals">
        <h2 id="results-goals">{t('goals.heading')}</h2>
        <p>{t('goals.intro')}</p>
        {body}
      </section>
      {/* below the goals once they are in, so that their arrival moves nothing already on screen */}
      {!goals.isPending && (
        <Deferred>
          <OrganisationsSection periodId={periodId} links={links} />
          <AttentionSection periodId={periodId} links={links} />
        </Deferred>
      )}
    </>
  )
}

/** Actions linked to no measure of the strategy are in no figure: say how many, and where they are listed. */
function Unlinked({ data, onShowCountyBasis }: { data: ProgressGoals; onShowCountyBasis: () => void }) {
  const { t } = useTranslation('results')
  const count = data.county.progress.leftOut.unlinkedActions
  return (
    <section aria-labelledby="results-unlinked">
      <h3 id="results-unlinked">{t('unlinked.heading')}</h3>
      {count === 0 ? (
        <p>{t('unlinked.none')}</p>
      ) : (
        <p>
          {t('unlinked.some', { count })}{' '}
          <button type="button" className="results-link-button" onClick={onShowCountyBasis} aria-haspopup="dialog">
            {t('unlinked.listed')}
          </button>
        </p>
      )}
    </section>
  )
}

function OrganisationsSection({ periodId, links }: Props) {
  const { t } = useTranslation('results')
  const trends = useTrends(periodId)
  let body
  if (trends.isPending) body = <LoadingState>{t('organisations.loading')}</LoadingState>
  else if (trends.isError) body = <LoadError error={trends.error} onRetry={() => void trends.refetch()} />
  else body = <OrganisationTable trends={trends.data} periodId={periodId} links={links} />
  return (
    <section aria-labelledby="results-organisations">
      <h2 id="results-organisations">{t('organisations.heading')}</h2>
      <p>{t('organisations.intro')}</p>
      {body}
    </section>
  )
}
