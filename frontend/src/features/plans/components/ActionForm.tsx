import { useQueryClient } from '@tanstack/react-query'
import type { ImplementationPlan, PlanAction } from '@uppfoljning/contract'
import { PlanActionCreate } from '@uppfoljning/contract/plan-actions'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGoals } from '@/api/get-goals'
import { useMeasures } from '@/api/get-measures'
import { useAllOrganisations } from '@/api/get-organisations'
import { getPlanActionQueryOptions } from '@/api/get-plan-action'
import { invalidateAfterWrite } from '@/api/invalidation'
import { ErrorState } from '@/components/ui/ErrorState'
import { FormErrorSummary } from '@/components/ui/ErrorSummary'
import { FormScope, FormSelect, FormTextArea, FormTextField, useFormField } from '@/components/ui/FormFields'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { UnsavedChangesGuard } from '@/components/ui/UnsavedChangesGuard'
import { emptyAsNull, formValues, trimmed, useZodForm } from '@/lib/form'
import { isVersionConflict, setApiErrors } from '@/lib/form-errors'
import { useCreatePlanAction } from '../api/create-plan-action'
import { useUpdatePlanAction } from '../api/update-plan-action'
import { actionStatuses } from '../labels'
import { measureGroups } from '../measure-groups'
import { Checklist, type ChecklistGroup } from './Checklist'

const fields = PlanActionCreate.shape

/**
 * The action form's schema: the contract's PlanActionCreate, where the inputs differ from the wire shape (a date
 * left empty is none), and the one rule the form checks across fields. Every other field, rule and limit is the
 * contract's: a new field of PlanActionCreate is checked here without a change.
 */
function useActionSchema() {
  const { t } = useTranslation('plans')
  return useMemo(
    () =>
      PlanActionCreate.extend({
        responsibleUnit: trimmed(fields.responsibleUnit),
        plannedStart: emptyAsNull(fields.plannedStart),
        plannedEnd: emptyAsNull(fields.plannedEnd),
      }).superRefine((action, ctx) => {
        if (action.plannedStart && action.plannedEnd && action.plannedEnd < action.plannedStart)
          ctx.addIssue({ code: 'custom', path: ['plannedEnd'], message: t('form.endBeforeStart') })
      }),
    [t],
  )
}

type Props = {
  plan: Pick<ImplementationPlan, 'id' | 'strategyId' | 'organisationId'>
  /** the action to change; none: a new one */
  action?: PlanAction
  onSaved: (action: PlanAction) => void
  onCancel: () => void
}

/**
 * Adds or changes an action: title, description, responsible unit, planned dates, status, the measures it carries
 * out (grouped by goal, at least one) and its co-owners. Checked before sending by the contract's schema (error
 * summary, messages by the fields); the API's own refusals land by their fields too. A change carries the version it
 * started from: when someone else saved first (409) the form says so and offers their version.
 */
export function ActionForm({ plan, action, onSaved, onCancel }: Props) {
  const { t } = useTranslation('plans')
  const { t: tApp } = useTranslation()
  const queryClient = useQueryClient()
  const create = useCreatePlanAction(plan.id)
  const update = useUpdatePlanAction(action?.id ?? 0)
  const saving = create.isPending || update.isPending
  const schema = useActionSchema()

  // the version being edited: the action as opened, or as fetched again after a conflict
  const [base, setBase] = useState(action)
  const valuesOf = (stored?: PlanAction) =>
    formValues(schema, stored, { measureIds: stored?.measures.map((m) => m.id) ?? [], coOwnerIds: stored?.coOwners.map((o) => o.id) ?? [] })
  const form = useZodForm(schema, {
    defaultValues: valuesOf(action),
    missing: { title: t('form.titleMissing'), measureIds: t('form.measuresMissing') },
    personnummer: () => t('form.personnummer'),
  })
  const [conflict, setConflict] = useState(false)
  const [reloadFailed, setReloadFailed] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => heading.current?.focus(), [])

  const prefix = `action-${action?.id ?? 'new'}`
  const failed = (error: unknown) => {
    if (isVersionConflict(error)) return setConflict(true)
    // `measureIds.0` belongs to the measures, `coOwnerIds` to the co-owners: each problem by its field
    setApiErrors(form, error, { networkError: tApp('state.networkError'), unexplained: tApp('state.sendFailed') })
  }

  const submit = form.handleSubmit((body) => {
    if (base) update.mutate({ ...body, version: base.version }, { onSuccess: onSaved, onError: failed })
    else create.mutate(body, { onSuccess: onSaved, onError: failed })
  })

  const reload = async () => {
    if (!base) return
    try {
      const fresh = await queryClient.fetchQuery({ ...getPlanActionQueryOptions(base.id), staleTime: 0 })
      void invalidateAfterWrite(queryClient, 'plan-action')
      setBase(fresh)
      form.reset(valuesOf(fresh))
      setConflict(false)
      setReloadFailed(false)
      heading.current?.focus()
    } catch {
      setReloadFailed(true)
    }
  }

  const headingId = `${prefix}-form-heading`
  const ownerFields = !base || base.can.editLinks
  return (
    <FormScope form={form} idPrefix={`${prefix}-form`}>
      <section className="action-form" aria-labelledby={headingId}>
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          {base ? t('form.editHeading') : t('form.newHeading')}
        </h3>
        <FormErrorSummary />
        {conflict && (
          <ErrorState
            title={t('form.conflictTitle')}
            message={reloadFailed ? t('form.reloadFailed') : t('form.conflict')}
            action={{ label: t('form.reload'), onClick: () => void reload() }}
          />
        )}
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            if (saving || conflict) event.preventDefault()
            else void submit(event)
          }}
        >
          <UnsavedChangesGuard dirty={form.formState.isDirty} />
          {/* a co-owner of a joint action changes its description and status; the rest is the owner's (can.editLinks) */}
          {!ownerFields && <p className="field-hint">{t('form.ownerFieldsNote')}</p>}
          {ownerFields && <FormTextField name="title" label={t('form.title')} required autoComplete="off" />}
          <FormTextArea name="description" label={t('form.description')} hint={t('form.descriptionHint')} />
          {ownerFields && (
            <>
              <FormTextField
                name="responsibleUnit"
                label={t('form.responsibleUnit')}
                hint={t('form.responsibleUnitHint')}
                autoComplete="off"
              />
              <div className="date-pair">
                <FormTextField name="plannedStart" type="date" label={t('form.plannedStart')} />
                <FormTextField name="plannedEnd" type="date" label={t('form.plannedEnd')} />
              </div>
            </>
          )}
          <FormSelect
            name="status"
            label={t('form.status')}
            options={actionStatuses.map((status) => ({ value: status, label: t(`actionStatus.${status}`) }))}
          />
          {ownerFields && <ActionPickers plan={plan} initial={action} />}
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
    </FormScope>
  )
}

/** The measures (grouped by goal) and the co-owners, once the strategy's catalogue has loaded. */
function ActionPickers({ plan, initial }: { plan: Props['plan']; initial?: PlanAction }) {
  const { t } = useTranslation('plans')
  const goals = useGoals(plan.strategyId)
  const measures = useMeasures(plan.strategyId)
  const organisations = useAllOrganisations()
  const chosenMeasures = initial?.measures.map((m) => m.id) ?? []
  const chosenCoOwners = initial?.coOwners.map((o) => o.id) ?? []

  const catalogue = [goals, measures, organisations]
  if (catalogue.some((q) => q.isPending)) return <LoadingState>{t('form.loadingChoices')}</LoadingState>
  if (goals.isError || measures.isError || organisations.isError) {
    const failed = catalogue.find((q) => q.isError)!
    return <LoadError error={failed.error as Error} onRetry={() => catalogue.forEach((q) => q.isError && void q.refetch())} />
  }
  const groups = measureGroups(goals.data!.items, measures.data!.items, chosenMeasures).map(({ goal, measures: list }) => ({
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
    .data!.items.filter((o) => o.id !== plan.organisationId && (!o.archivedAt || chosenCoOwners.includes(o.id)))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    .map((o) => ({ id: o.id, text: o.name, label: o.name }))
  return (
    <>
      <FormChecklist
        name="measureIds"
        legend={t('form.measures')}
        hint={t('form.measuresHint')}
        filterLabel={t('form.measuresFilter')}
        groups={groups}
        countText={(count) => t('form.measuresChosen', { count })}
        noMatch={t('form.noMatch')}
      />
      <FormChecklist
        name="coOwnerIds"
        legend={t('form.coOwners')}
        hint={t('form.coOwnersHint')}
        filterLabel={t('form.coOwnersFilter')}
        groups={[{ key: 'all', options: candidates }]}
        countText={(count) => t('form.coOwnersChosen', { count })}
        noMatch={t('form.noMatch')}
        scroll
      />
    </>
  )
}

/** A Checklist bound to a list field of the form. */
function FormChecklist({
  name,
  ...props
}: {
  name: string
  legend: string
  hint?: string
  filterLabel: string
  groups: ChecklistGroup[]
  countText: (count: number) => string
  noMatch: string
  scroll?: boolean
}) {
  const { id, field, error } = useFormField<number[]>(name)
  return <Checklist id={id} selected={field.value} onChange={field.onChange} error={error} {...props} />
}
