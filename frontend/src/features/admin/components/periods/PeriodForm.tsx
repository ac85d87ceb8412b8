import type { ReportingPeriod } from '@uppfoljning/contract'
import { ReportingPeriodCreate } from '@uppfoljning/contract/reporting-periods'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { getReportingPeriod } from '@/api/get-reporting-period'
import { FormTextField } from '@/components/ui/FormFields'
import { formValues } from '@/lib/form'
import { useCreateReportingPeriod, useUpdateReportingPeriod } from '../../api/save-reporting-period'
import { useRowEditor } from '../../form/use-row-editor'
import { EditorForm } from '../shared/EditorForm'
import type { FormHost } from '../shared/section-state'

/** The contract's period fields this form edits; the end and the deadline not before the start. */
function usePeriodSchema() {
  const { t } = useTranslation('admin')
  return useMemo(
    () =>
      ReportingPeriodCreate.pick({ name: true, startsOn: true, endsOn: true, deadline: true }).superRefine((period, ctx) => {
        if (period.endsOn < period.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: t('periods.endsBeforeStart') })
        if (period.deadline < period.startsOn)
          ctx.addIssue({ code: 'custom', path: ['deadline'], message: t('periods.deadlineBeforeStart') })
      }),
    [t],
  )
}

/** A new period is usually the calendar year after the last one, reported by 15 February. */
function suggestion(periods: ReportingPeriod[]) {
  const last = periods.map((p) => Number(p.endsOn.slice(0, 4))).reduce((a, b) => Math.max(a, b), 0)
  if (!last) return null
  const year = last + 1
  return { name: String(year), startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, deadline: `${year + 1}-02-15` }
}

type Props = {
  strategyId: number
  /** the strategy's periods: a new one is suggested after the last */
  periods: ReportingPeriod[]
  /** null: a new period */
  period: ReportingPeriod | null
  section: FormHost
}

/** A reporting period's name, dates and deadline (its status changes with Öppna and Stäng in the list). */
export function PeriodForm({ strategyId, periods, period, section }: Props) {
  const { t } = useTranslation('admin')
  const schema = usePeriodSchema()
  const editor = useRowEditor({
    row: period,
    schema,
    valuesOf: (row) => formValues(schema, row ?? suggestion(periods)),
    load: getReportingPeriod,
    missing: {
      name: t('periods.nameMissing'),
      startsOn: t('periods.startsOnMissing'),
      endsOn: t('periods.endsOnMissing'),
      deadline: t('periods.deadlineMissing'),
    },
    section,
  })
  const { row } = editor
  const create = useCreateReportingPeriod()
  const update = useUpdateReportingPeriod()

  const submit = (body: typeof schema._output) => {
    const done = editor.settle(t('periods.saved', { name: body.name }))
    if (row) update.mutate({ id: row.id, version: row.version, ...body }, done)
    else create.mutate({ strategyId, ...body, status: 'planned' }, done)
  }

  const date = (name: 'startsOn' | 'endsOn' | 'deadline', label: string) => (
    <FormTextField name={name} label={label} hint={t('form.dateHint')} type="date" className="field-input admin-date" />
  )

  return (
    <EditorForm
      title={row ? t('periods.editTitle', { name: row.name }) : t('periods.newTitle')}
      level={3}
      editor={editor}
      idPrefix="period"
      saving={create.isPending || update.isPending}
      submitLabel={row ? t('form.save') : t('periods.create')}
      onSubmit={submit}
    >
      <FormTextField name="name" label={t('periods.name')} hint={t('periods.nameHint')} />
      {date('startsOn', t('periods.startsOn'))}
      {date('endsOn', t('periods.endsOn'))}
      {date('deadline', t('periods.deadline'))}
    </EditorForm>
  )
}
