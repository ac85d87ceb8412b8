import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import type { MeasureActors } from '../strategy-details'

/** "Organisationer med aktiviteter (3 av 26 förväntade): …" — or that the measure is not active in the period. */
export function MeasureActorsLine({ actors }: { actors: MeasureActors | undefined }) {
  const { t } = useTranslation('overview')
  if (!actors) return <p className="strategy-actors">{t('strategy.coverage.inactive')}</p>
  const { organisations, coverage } = actors
  const label =
    coverage.expected > 0
      ? t('strategy.coverage.withExpected', { count: organisations.length, covered: coverage.covered, expected: coverage.expected })
      : t('strategy.coverage.withoutExpected', { count: organisations.length })
  return (
    <p className="strategy-actors">
      <span className="strategy-label-inline">{label}</span>{' '}
      {organisations.length === 0 ? (
        t('strategy.coverage.none')
      ) : (
        <span lang={CONTENT_LANGUAGE}>{organisations.map((o) => o.name).join(', ')}</span>
      )}
    </p>
  )
}
