import type { ReportingPeriod } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formErrors } from '@/lib/form-errors'
import { getReportingPeriod } from '../../api/get-reporting-period'
import { useCreateReportingPeriod, useUpdateReportingPeriod } from '../../api/save-reporting-period'
import { useChecks } from '../../form/checks'
import { isIsoDate } from '../../form/parse'
import { useRowEditor } from '../../form/use-row-editor'
import { EditorForm } from '../shared/EditorForm'
import { TextInput } from '../shared/fields'
import type { FormHost } from '../shared/section-state'

const ID = { name: 'period-name', startsOn: 'period-starts-on', endsOn: 'period-ends-on', deadline: 'period-deadline' }

type Values = { name: string; startsOn: string; endsOn: string; deadline: string }

const valuesOf = (period: ReportingPeriod): Values => ({ name: period.name, startsOn: period.startsOn, endsOn: period.endsOn, deadline: period.deadline })

/** A new period is usually the calendar year after the last one, reported by 15 February. */
function suggestion(periods: ReportingPeriod[]): Values {
  const last = periods.map((p) => Number(p.endsOn.slice(0, 4))).reduce((a, b) => Math.max(a, b), 0)
  if (!last) return { name: '', startsOn: '', endsOn: '', deadline: '' }
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
  const checks = useChecks()
  const form = useRowEditor({ row: period, initial: period ? valuesOf(period) : suggestion(periods), valuesOf, load: getReportingPeriod, fieldIds: ID, section })
  const { row, editor, values: v } = form
  const create = useCreateReportingPeriod()
  const update = useUpdateReportingPeriod()

  const submit = () => {
    const found = formErrors([
      [ID.name, checks.required(v.name, 40, t('periods.nameMissing'))],
      [ID.startsOn, checks.date(v.startsOn, t('periods.startsOnMissing'))],
      [ID.endsOn, checks.date(v.endsOn, t('periods.endsOnMissing')) ?? (isIsoDate(v.startsOn) && v.endsOn < v.startsOn ? t('periods.endsBeforeStart') : undefined)],
      [ID.deadline, checks.date(v.deadline, t('periods.deadlineMissing')) ?? (isIsoDate(v.startsOn) && v.deadline < v.startsOn ? t('periods.deadlineBeforeStart') : undefined)],
    ])
    if (found) return editor.fail(found)
    const fields = { name: v.name.trim(), startsOn: v.startsOn, endsOn: v.endsOn, deadline: v.deadline }
    const done = form.settle(t('periods.saved', { name: fields.name }))
    if (row) update.mutate({ id: row.id, version: row.version, ...fields }, done)
    else create.mutate({ strategyId, ...fields, status: 'planned' }, done)
  }

  const date = (key: 'startsOn' | 'endsOn' | 'deadline', label: string) => (
    <TextInput id={ID[key]} label={label} hint={t('form.dateHint')} type="date" className="field-input admin-date" value={v[key]} onValue={(x) => editor.set(key, x)} error={editor.errors?.fields[ID[key]]} />
  )

  return (
    <EditorForm
      title={row ? t('periods.editTitle', { name: row.name }) : t('periods.newTitle')}
      level={3}
      {...form.frame}
      saving={create.isPending || update.isPending}
      submitLabel={row ? t('form.save') : t('periods.create')}
      onSubmit={submit}
    >
      <TextInput id={ID.name} label={t('periods.name')} hint={t('periods.nameHint')} value={v.name} onValue={(x) => editor.set('name', x)} error={editor.errors?.fields[ID.name]} />
      {date('startsOn', t('periods.startsOn'))}
      {date('endsOn', t('periods.endsOn'))}
      {date('deadline', t('periods.deadline'))}
    </EditorForm>
  )
}
