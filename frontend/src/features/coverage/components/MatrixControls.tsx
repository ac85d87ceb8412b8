import { useTranslation } from 'react-i18next'
import type { OrganisationKind, ProgressCoverage } from '@uppfoljning/contract'
import { Select } from '@/components/ui/Select'
import { measureSorts, organisationSorts, type MeasureSort, type OrganisationSort } from '../coverage-matrix'
import type { MatrixState } from '../matrix-address'

type Props = {
  data: ProgressCoverage
  state: MatrixState
  onChange: (patch: Partial<MatrixState>) => void
}

/** The matrix's sort orders and filters; each change shows at once (and is kept in the address). */
export function MatrixControls({ data, state, onChange }: Props) {
  const { t } = useTranslation('coverage')
  const kinds = [...new Set(data.organisations.map((organisation) => organisation.kind))]
  return (
    <section className="coverage-controls" aria-labelledby="coverage-controls-heading">
      <h2 id="coverage-controls-heading">{t('controls.heading')}</h2>
      <div className="coverage-control-row">
        <Select
          id="coverage-organisation-sort"
          label={t('controls.organisationSort')}
          value={state.organisationSort}
          onChange={(event) => onChange({ organisationSort: event.target.value as OrganisationSort })}
          options={organisationSorts.map((sort) => ({ value: sort, label: t(`controls.sort.${sort}`) }))}
        />
        <Select
          id="coverage-measure-sort"
          label={t('controls.measureSort')}
          value={state.measureSort}
          onChange={(event) => onChange({ measureSort: event.target.value as MeasureSort })}
          options={measureSorts.map((sort) => ({ value: sort, label: t(`controls.sort.${sort}`) }))}
        />
        <Select
          id="coverage-goal"
          label={t('controls.goal')}
          value={state.goalId === null ? '' : String(state.goalId)}
          onChange={(event) => onChange({ goalId: event.target.value ? Number(event.target.value) : null })}
          options={[
            { value: '', label: t('controls.allGoals') },
            ...data.goals.map((goal) => ({ value: String(goal.goalId), label: t('controls.goalOption', { code: goal.code, title: goal.title }) })),
          ]}
        />
        <Select
          id="coverage-kind"
          label={t('controls.kind')}
          value={state.kind ?? ''}
          onChange={(event) => onChange({ kind: (event.target.value || null) as OrganisationKind | null })}
          options={[{ value: '', label: t('controls.allKinds') }, ...kinds.map((kind) => ({ value: kind, label: t(`controls.kinds.${kind}`) }))]}
        />
      </div>
      <div className="coverage-checkbox">
        <input id="coverage-only-gaps" type="checkbox" checked={state.onlyGaps} onChange={(event) => onChange({ onlyGaps: event.target.checked })} aria-describedby="coverage-only-gaps-hint" />
        <label htmlFor="coverage-only-gaps">{t('controls.onlyGaps')}</label>
        <p id="coverage-only-gaps-hint" className="field-hint">
          {t('controls.onlyGapsHint')}
        </p>
      </div>
      <p className="field-hint">{t('controls.figuresHint')}</p>
    </section>
  )
}
