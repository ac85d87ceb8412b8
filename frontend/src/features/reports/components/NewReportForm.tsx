import { useQuery } from '@tanstack/react-query'
import type { Report, ReportDetail, ReportingPeriod } from '@uppfoljning/contract'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveStrategy } from '@/api/get-active-strategy'
import { getReportingPeriodsQueryOptions } from '@/api/get-reporting-periods'
import { EmptyState } from '@/components/ui/EmptyState'
import { ErrorSummary } from '@/components/ui/ErrorSummary'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { Select } from '@/components/ui/Select'
import { TextField } from '@/components/ui/TextField'
import { UnsavedChangesGuard } from '@/components/ui/UnsavedChangesGuard'
import { containsPersonnummer } from '@uppfoljning/contract/personnummer'
import { formErrors, formErrorsFromApi, type FormErrors } from '@/lib/form-errors'
import { setNavigationGuard } from '@/lib/navigation'
import { openPeriod } from '@/lib/periods'
import { useCreateReport } from '../api/create-report'

const ids = { period: 'new-report-period', title: 'new-report-title' } as const
const TITLE_MAX = 200

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
    body = reported.length === 0 ? <EmptyState>{t('create.noPeriods')}</EmptyState> : <CreateForm periods={reported} existing={existing} onCreated={onCreated} />
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

function CreateForm({ periods, existing, onCreated }: { periods: ReportingPeriod[] } & Props) {
  const { t } = useTranslation('reports')
  const { t: tApp } = useTranslation()
  const create = useCreateReport()
  const [periodId, setPeriodId] = useState(() => firstChoice(periods, existing).id)
  const period = periods.find((p) => p.id === periodId) ?? periods[0]
  // the title follows the period until the user writes their own
  const [ownTitle, setOwnTitle] = useState<string | null>(null)
  const defaultTitle = t('create.defaultTitle', { period: period.name })
  const title = ownTitle ?? defaultTitle
  const [errors, setErrors] = useState<FormErrors | null>(null)
  const [attempt, setAttempt] = useState(0)
  const taken = new Set(existing.filter((r) => r.archivedAt === null).map((r) => r.period.id))

  const fail = (found: FormErrors) => {
    setErrors(found)
    setAttempt((n) => n + 1)
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (create.isPending) return
    const found = formErrors([
      [ids.title, title.trim() === '' ? t('create.titleMissing') : title.trim().length > TITLE_MAX ? t('create.titleTooLong', { max: TITLE_MAX }) : containsPersonnummer(title) ? t('create.titlePersonnummer') : undefined],
    ])
    if (found) return fail(found)
    setErrors(null)
    try {
      const report = await create.mutateAsync({ periodId, title: title.trim() })
      setOwnTitle(null)
      // the title is stored with the report: nothing is lost by going to it (the guard would only learn so after a render)
      setNavigationGuard(null)
      onCreated(report)
    } catch (error) {
      fail(formErrorsFromApi(error, { fieldIds: { periodId: ids.period, title: ids.title }, networkError: tApp('state.networkError'), unexplained: tApp('state.sendFailed') }))
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <UnsavedChangesGuard dirty={ownTitle !== null && ownTitle !== defaultTitle} />
      {errors && <ErrorSummary key={attempt} title={tApp('form.errorSummaryTitle')} items={errors.summary} />}
      <Select
        id={ids.period}
        label={t('create.period')}
        hint={t('create.periodHint')}
        value={String(periodId)}
        onChange={(event) => setPeriodId(Number(event.target.value))}
        options={periods.map((p) => ({ value: String(p.id), label: taken.has(p.id) ? t('create.periodTaken', { period: p.name }) : p.name }))}
        error={errors?.fields[ids.period]}
      />
      <TextField
        id={ids.title}
        label={t('create.title')}
        value={title}
        maxLength={TITLE_MAX + 50}
        onChange={(event) => setOwnTitle(event.target.value)}
        error={errors?.fields[ids.title]}
        errorPrefix={tApp('form.errorPrefix')}
        autoComplete="off"
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
          {create.isPending ? t('create.submitting') : t('create.submit')}
        </button>
      </div>
    </form>
  )
}
