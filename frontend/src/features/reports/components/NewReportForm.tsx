import { useQuery } from '@tanstack/react-query'
import type { Report, ReportDetail, ReportingPeriod } from '@uppfoljning/contract'
import { ReportCreate } from '@uppfoljning/contract/reports'
import { useEffect, useRef } from 'react'
import { flushSync } from 'react-dom'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useActiveStrategy } from '@/api/get-active-strategy'
import { getReportingPeriodsQueryOptions } from '@/api/get-reporting-periods'
import { EmptyState } from '@/components/ui/EmptyState'
import { FormErrorSummary } from '@/components/ui/ErrorSummary'
import { FormScope, FormSelect, FormTextField } from '@/components/ui/FormFields'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { UnsavedChangesGuard } from '@/components/ui/UnsavedChangesGuard'
import { useZodForm } from '@/lib/form'
import { setApiErrors } from '@/lib/form-errors'
import { openPeriod } from '@/lib/periods'
import { useCreateReport } from '../api/create-report'

type Props = {
  /** the reports listed now: a period without one is offered first */
  existing: Report[]
  onCreated: (report: ReportDetail) => void
}

/** OPK staff start the report of a period: its figures are computed and frozen now, the texts are written afterwards. */
export function NewReportForm({ existing, onCreated }: Props) {
  const { t } = useTranslation('reports')
  const strategy = useActiveStrategy()
  const strategyId = strategy.data?.id
  const periods = useQuery({ ...getReportingPeriodsQueryOptions(strategyId ?? 0), enabled: strategyId !== undefined })

  let body
  if (strategy.isPending || (strategy.data && periods.isPending)) body = <LoadingState>{t('create.loading')}</LoadingState>
  else if (strategy.isError) body = <LoadError error={strategy.error} onRetry={() => void strategy.refetch()} />
  else if (!strategy.data) body = <EmptyState>{t('create.noStrategy')}</EmptyState>
  else if (periods.isError) body = <LoadError error={periods.error} onRetry={() => void periods.refetch()} />
  else {
    // periods that have opened, newest first: a report is about what was reported
    const reported = (periods.data?.items ?? []).filter((p) => p.status !== 'planned').sort((a, b) => b.startsOn.localeCompare(a.startsOn))
    body =
      reported.length === 0 ? (
        <EmptyState>{t('create.noPeriods')}</EmptyState>
      ) : (
        <CreateForm periods={reported} existing={existing} onCreated={onCreated} />
      )
  }

  return (
    <section className="report-create" aria-labelledby="new-report-heading">
      <h2 id="new-report-heading">{t('create.heading')}</h2>
      <p>{t('create.intro')}</p>
      {body}
    </section>
  )
}

/** The period to offer first: the open one unless it has a report, else the newest without one, else the newest. */
export function firstChoice(periods: ReportingPeriod[], existing: Pick<Report, 'period' | 'archivedAt'>[]): ReportingPeriod {
  const taken = new Set(existing.filter((r) => r.archivedAt === null).map((r) => r.period.id))
  const open = openPeriod(periods)
  if (open && !taken.has(open.id)) return open
  return periods.find((p) => !taken.has(p.id)) ?? periods[0]
}

/** The contract's ReportCreate: the period (a select's text is its id) and the title. */
function CreateForm({ periods, existing, onCreated }: { periods: ReportingPeriod[] } & Props) {
  const { t } = useTranslation('reports')
  const { t: tApp } = useTranslation()
  const create = useCreateReport()
  const titleOf = (periodId: string) =>
    t('create.defaultTitle', { period: (periods.find((p) => String(p.id) === periodId) ?? periods[0]).name })
  const firstPeriod = String(firstChoice(periods, existing).id)
  const form = useZodForm(ReportCreate, {
    defaultValues: { periodId: firstPeriod, title: titleOf(firstPeriod) },
    missing: { title: t('create.titleMissing') },
    personnummer: () => t('create.titlePersonnummer'),
  })
  const [periodId, title] = useWatch({ control: form.control, name: ['periodId', 'title'] })
  const taken = new Set(existing.filter((r) => r.archivedAt === null).map((r) => r.period.id))

  // the title follows the period until the user writes their own
  const shownPeriod = useRef(periodId)
  useEffect(() => {
    if (periodId === shownPeriod.current) return
    if (form.getValues('title') === titleOf(String(shownPeriod.current))) form.setValue('title', titleOf(String(periodId)))
    shownPeriod.current = periodId
  })

  const submit = form.handleSubmit(async (body) => {
    try {
      const report = await create.mutateAsync(body)
      // the title is stored with the report: nothing is lost by going to it, and the guard must know so before
      // onCreated navigates (hence the synchronous render)
      flushSync(() => form.reset({ periodId: String(report.period.id), title: titleOf(String(report.period.id)) }))
      onCreated(report)
    } catch (error) {
      setApiErrors(form, error, { networkError: tApp('state.networkError'), unexplained: tApp('state.sendFailed') })
    }
  })

  return (
    <FormScope form={form} idPrefix="new-report">
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          if (create.isPending) event.preventDefault()
          else void submit(event)
        }}
      >
        <UnsavedChangesGuard dirty={title !== titleOf(String(periodId))} />
        <FormErrorSummary />
        <FormSelect
          name="periodId"
          label={t('create.period')}
          hint={t('create.periodHint')}
          options={periods.map((p) => ({
            value: String(p.id),
            label: taken.has(p.id) ? t('create.periodTaken', { period: p.name }) : p.name,
          }))}
        />
        <FormTextField name="title" label={t('create.title')} autoComplete="off" />
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
            {create.isPending ? t('create.submitting') : t('create.submit')}
          </button>
        </div>
      </form>
    </FormScope>
  )
}
