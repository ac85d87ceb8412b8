import type { LinkOptions } from '@tanstack/react-router'
import type { Goal, Organisation, ReportingPeriod } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { Select } from '@/components/ui/Select'
import { Link } from '@/components/ui/Link'
import { stateFilters, type ReviewFilters, type StateFilter } from '../review-filters'

type Props = {
  filters: ReviewFilters
  /** the period shown when none is chosen */
  current: ReportingPeriod
  periods: ReportingPeriod[]
  organisations: Organisation[]
  goals: Goal[]
  onChange: (changes: Partial<ReviewFilters>) => void
  resetLink: LinkOptions
}

const optionalId = (value: string) => (value ? Number(value) : undefined)

/**
 * The queue's filters: period, organisation, goal (a goal includes its sub-goals' measures) and status. A choice
 * applies at once (the queue below updates and its count is announced); nothing else on the page changes.
 */
export function ReviewFiltersForm({ filters, current, periods, organisations, goals, onChange, resetLink }: Props) {
  const { t } = useTranslation('review')
  const byName = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'sv'))
  const byCode = [...goals].sort((a, b) => a.code.localeCompare(b.code, 'sv', { numeric: true }))
  const byStart = [...periods].sort((a, b) => b.startsOn.localeCompare(a.startsOn))
  return (
    <section className="review-filters" aria-labelledby="review-filters-heading">
      <h2 id="review-filters-heading" className="visually-hidden">
        {t('filters.heading')}
      </h2>
      <form className="review-filter-fields" onSubmit={(event) => event.preventDefault()}>
        <Select
          id="review-period"
          label={t('filters.period')}
          value={String(filters.periodId ?? current.id)}
          onChange={(event) => onChange({ periodId: Number(event.target.value) === current.id ? undefined : Number(event.target.value) })}
          options={byStart.map((p) => ({
            value: String(p.id),
            label: t('filters.periodOption', { name: p.name, status: t(`filters.periodStatuses.${p.status}`) }),
          }))}
        />
        <Select
          id="review-organisation"
          label={t('filters.organisation')}
          value={String(filters.organisationId ?? '')}
          onChange={(event) => onChange({ organisationId: optionalId(event.target.value) })}
          options={[{ value: '', label: t('filters.allOrganisations') }, ...byName.map((o) => ({ value: String(o.id), label: o.name }))]}
        />
        <Select
          id="review-goal"
          label={t('filters.goal')}
          value={String(filters.goalId ?? '')}
          onChange={(event) => onChange({ goalId: optionalId(event.target.value) })}
          options={[
            { value: '', label: t('filters.allGoals') },
            ...byCode.map((g) => ({ value: String(g.id), label: `${g.code} ${g.title}` })),
          ]}
        />
        <Select
          id="review-state"
          label={t('filters.state')}
          value={filters.state}
          onChange={(event) => onChange({ state: event.target.value as StateFilter })}
          options={stateFilters.map((state) => ({ value: state, label: t(`states.${state}`) }))}
        />
      </form>
      <p>
        <Link {...resetLink}>{t('filters.reset')}</Link>
      </p>
    </section>
  )
}
