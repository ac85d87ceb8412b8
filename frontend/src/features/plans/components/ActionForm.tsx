import { useQueryClient } from '@tanstack/react-query'
import type { ActionStatus, ImplementationPlan, PlanAction, PlanActionCreate } from '@uppfoljning/contract'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useGoals } from '@/api/get-goals'
import { useMeasures } from '@/api/get-measures'
import { useAllOrganisations } from '@/api/get-organisations'
import { getPlanActionQueryOptions } from '@/api/get-plan-action'
import { ErrorState } from '@/components/ui/ErrorState'
import { ErrorSummary } from '@/components/ui/ErrorSummary'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { Select } from '@/components/ui/Select'
import { hasPersonnummer, TextArea } from '@/components/ui/TextArea'
import { TextField } from '@/components/ui/TextField'
import { UnsavedChangesGuard } from '@/components/ui/UnsavedChangesGuard'
import { ApiError } from '@/lib/api-client'
import { formErrors, formErrorsFromApi, type FormErrors } from '@/lib/form-errors'
import { useCreatePlanAction } from '../api/create-plan-action'
import { useUpdatePlanAction } from '../api/update-plan-action'
import { actionStatuses } from '../labels'
import { measureGroups } from '../measure-groups'
import { Checklist } from './Checklist'

type Values = {
  title: string
  description: string
  responsibleUnit: string
  plannedStart: string
  plannedEnd: string
  status: ActionStatus
  measureIds: number[]
  coOwnerIds: number[]
}

const EMPTY: Values = { title: '', description: '', responsibleUnit: '', plannedStart: '', plannedEnd: '', status: 'planned', measureIds: [], coOwnerIds: [] }

const valuesOf = (action: PlanAction): Values => ({
  title: action.title,
  description: action.description,
  responsibleUnit: action.responsibleUnit,
  plannedStart: action.plannedStart ?? '',
  plannedEnd: action.plannedEnd ?? '',
  status: action.status,
  measureIds: action.measures.map((m) => m.id),
  coOwnerIds: action.coOwners.map((o) => o.id),
})

const sameIds = (a: number[], b: number[]) => a.length === b.length && a.every((id) => b.includes(id))
const same = (a: Values, b: Values) =>
  (['title', 'description', 'responsibleUnit', 'plannedStart', 'plannedEnd', 'status'] as const).every((key) => a[key] === b[key]) &&
  sameIds(a.measureIds, b.measureIds) &&
  sameIds(a.coOwnerIds, b.coOwnerIds)

const bodyOf = (v: Values): PlanActionCreate => ({
  title: v.title.trim(),
  description: v.description,
  responsibleUnit: v.responsibleUnit.trim(),
  plannedStart: v.plannedStart || null,
  plannedEnd: v.plannedEnd || null,
  status: v.status,
  measureIds: v.measureIds,
  coOwnerIds: v.coOwnerIds,
})

type Props = {
  plan: Pick<ImplementationPlan, 'id' | 'strategyId' | 'organisationId'>
  /** the action to change; none: a new one */
  action?: PlanAction
  onSaved: (action: PlanAction) => void
  onCancel: () => void
}

/**
 * Adds or changes an action: title, description, responsible unit, planned dates, status, the measures it carries
 * out (grouped by goal, at least one) and its co-owners. Checked before sending (error summary, messages by the
 * fields); the API's own refusals land by their fields too. A change carries the version it started from: when
 * someone else saved first (409) the form says so and offers their version.
 */
export function ActionForm({ plan, action, onSaved, onCancel }: Props) {
  const { t } = useTranslation('plans')
  const { t: tApp } = useTranslation()
  const queryClient = useQueryClient()
  const goals = useGoals(plan.strategyId)
  const measures = useMeasures(plan.strategyId)
  const organisations = useAllOrganisations()
  const create = useCreatePlanAction(plan.id)
  const update = useUpdatePlanAction(action?.id ?? 0)
  const saving = create.isPending || update.isPending

  // the version being edited: the action as opened, or as fetched again after a conflict
  const [base, setBase] = useState(action)
  const initial = base ? valuesOf(base) : EMPTY
  const [values, setValues] = useState<Values>(initial)
  const [errors, setErrors] = useState<FormErrors | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [conflict, setConflict] = useState(false)
  const [reloadFailed, setReloadFailed] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => heading.current?.focus(), [])

  const prefix = `action-${action?.id ?? 'new'}`
  const ids = {
    title: `${prefix}-title`,
    description: `${prefix}-description`,
    responsibleUnit: `${prefix}-unit`,
    plannedStart: `${prefix}-start`,
    plannedEnd: `${prefix}-end`,
    status: `${prefix}-status`,
    measureIds: `${prefix}-measures`,
    coOwnerIds: `${prefix}-co-owners`,
  }

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }))
  const fail = (found: FormErrors) => {
    setErrors(found)
    setAttempt((n) => n + 1)
  }

  const validate = () => {
    const personal = (text: string) => (hasPersonnummer(text) ? t('form.personnummer') : undefined)
    return formErrors([
      [ids.title, values.title.trim() ? personal(values.title) : t('form.titleMissing')],
      [ids.description, personal(values.description)],
      [ids.responsibleUnit, personal(values.responsibleUnit)],
      [ids.plannedEnd, values.plannedStart && values.plannedEnd && values.plannedEnd < values.plannedStart ? t('form.endBeforeStart') : undefined],
      [ids.measureIds, values.measureIds.length === 0 ? t('form.measuresMissing') : undefined],
    ])
  }

  const apiFailure = (error: unknown) => {
    if (error instanceof ApiError && error.status === 409) {
      setErrors(null)
      setConflict(true)
      return
    }
    // `measureIds.0` belongs to the measures, `coOwnerIds` to the co-owners: each problem by its field
    const paths = error instanceof ApiError ? error.errors.map((e) => e.path) : []
    const fieldIds = Object.fromEntries(paths.map((path) => [path, ids[path.split('.')[0] as keyof typeof ids]]).filter(([, id]) => id))
    fail(formErrorsFromApi(error, { fieldIds, networkError: tApp('state.networkError'), unexplained: tApp('state.sendFailed') }))
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (saving || conflict) return
    const found = validate()
    if (found) return fail(found)
    const body = bodyOf(values)
    if (base) update.mutate({ ...body, version: base.version }, { onSuccess: onSaved, onError: apiFailure })
    else create.mutate(body, { onSuccess: onSaved, onError: apiFailure })
  }

  const reload = async () => {
    if (!base) return
    try {
      const fresh = await queryClient.fetchQuery({ ...getPlanActionQueryOptions(base.id), staleTime: 0 })
      void queryClient.invalidateQueries({ queryKey: ['implementation-plans', plan.id, 'actions'] })
      setBase(fresh)
      setValues(valuesOf(fresh))
      setConflict(false)
      setReloadFailed(false)
      heading.current?.focus()
    } catch {
      setReloadFailed(true)
    }
  }

  const catalogue = [goals, measures, organisations]
  let pickers
  if (catalogue.some((q) => q.isPending)) {
    pickers = <LoadingState>{t('form.loadingChoices')}</LoadingState>
  } else if (goals.isError || measures.isError || organisations.isError) {
    const failed = catalogue.find((q) => q.isError)!
    pickers = <LoadError error={failed.error as Error} onRetry={() => catalogue.forEach((q) => q.isError && void q.refetch())} />
  } else {
    const groups = measureGroups(goals.data!.items, measures.data!.items, initial.measureIds).map(({ goal, measures: list }) => ({
      key: String(goal.id),
      legend: `${goal.code} ${goal.title}`,
      options: list.map((m) => ({
        id: m.id,
        text: `${m.code} ${m.title}`,
        label: (
          <>
            <span className="code">{m.code}</span> {m.title}
          </>
        ),
      })),
    }))
    const candidates = organisations
      .data!.items.filter((o) => o.id !== plan.organisationId && (!o.archivedAt || initial.coOwnerIds.includes(o.id)))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .map((o) => ({ id: o.id, text: o.name, label: o.name }))
    pickers = (
      <>
        <Checklist
          id={ids.measureIds}
          legend={t('form.measures')}
          hint={t('form.measuresHint')}
          filterLabel={t('form.measuresFilter')}
          groups={groups}
          selected={values.measureIds}
          onChange={(list) => set('measureIds', list)}
          error={errors?.fields[ids.measureIds]}
          countText={(count) => t('form.measuresChosen', { count })}
          noMatch={t('form.noMatch')}
        />
        <Checklist
          id={ids.coOwnerIds}
          legend={t('form.coOwners')}
          hint={t('form.coOwnersHint')}
          filterLabel={t('form.coOwnersFilter')}
          groups={[{ key: 'all', options: candidates }]}
          selected={values.coOwnerIds}
          onChange={(list) => set('coOwnerIds', list)}
          error={errors?.fields[ids.coOwnerIds]}
          countText={(count) => t('form.coOwnersChosen', { count })}
          noMatch={t('form.noMatch')}
          scroll
        />
      </>
    )
  }

  const headingId = `${prefix}-form-heading`
  return (
    <section className="action-form" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {base ? t('form.editHeading') : t('form.newHeading')}
      </h3>
      {errors && <ErrorSummary key={attempt} title={tApp('form.errorSummaryTitle')} items={errors.summary} />}
      {conflict && (
        <ErrorState
          title={t('form.conflictTitle')}
          message={reloadFailed ? t('form.reloadFailed') : t('form.conflict')}
          action={{ label: t('form.reload'), onClick: () => void reload() }}
        />
      )}
      <form className="form" noValidate onSubmit={submit}>
        <UnsavedChangesGuard dirty={!same(values, initial)} />
        <TextField
          id={ids.title}
          label={t('form.title')}
          required
          autoComplete="off"
          value={values.title}
          onChange={(event) => set('title', event.target.value)}
          error={errors?.fields[ids.title]}
          errorPrefix={tApp('form.errorPrefix')}
        />
        <TextArea
          id={ids.description}
          label={t('form.description')}
          hint={t('form.descriptionHint')}
          value={values.description}
          onChange={(event) => set('description', event.target.value)}
          error={errors?.fields[ids.description]}
        />
        <TextField
          id={ids.responsibleUnit}
          label={t('form.responsibleUnit')}
          hint={t('form.responsibleUnitHint')}
          autoComplete="off"
          value={values.responsibleUnit}
          onChange={(event) => set('responsibleUnit', event.target.value)}
          error={errors?.fields[ids.responsibleUnit]}
          errorPrefix={tApp('form.errorPrefix')}
        />
        <div className="date-pair">
          <TextField
            id={ids.plannedStart}
            type="date"
            label={t('form.plannedStart')}
            value={values.plannedStart}
            onChange={(event) => set('plannedStart', event.target.value)}
            error={errors?.fields[ids.plannedStart]}
            errorPrefix={tApp('form.errorPrefix')}
          />
          <TextField
            id={ids.plannedEnd}
            type="date"
            label={t('form.plannedEnd')}
            value={values.plannedEnd}
            onChange={(event) => set('plannedEnd', event.target.value)}
            error={errors?.fields[ids.plannedEnd]}
            errorPrefix={tApp('form.errorPrefix')}
          />
        </div>
        <Select
          id={ids.status}
          label={t('form.status')}
          options={actionStatuses.map((status) => ({ value: status, label: t(`actionStatus.${status}`) }))}
          value={values.status}
          onChange={(event) => set('status', event.target.value as ActionStatus)}
          error={errors?.fields[ids.status]}
        />
        {pickers}
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={saving || conflict || undefined}>
            {saving ? t('form.saving') : base ? t('form.saveChanges') : t('form.add')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  )
}
