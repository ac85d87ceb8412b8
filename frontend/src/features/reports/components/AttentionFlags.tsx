import type { ProgressAction, ReportSnapshot } from '@uppfoljning/contract'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { formatDate } from '@/lib/format'

const owners = (action: ProgressAction) => [action.organisation.name, ...action.coOwners.map((o) => o.name)].join(', ')

/** The attention flags of the period (docs/progress.md → Attention flags): a count per kind, the list behind each one click away. */
export function AttentionFlags({ snapshot }: { snapshot: ReportSnapshot }) {
  const { t } = useTranslation('reports')
  const { locale } = useLanguage()
  const { actionsWithoutFollowUp, plannedPastStart, measuresWithoutActiveAction, organisationsNotReported } = snapshot.attention
  const names = new Map(snapshot.organisations.map((o) => [o.id, o.name]))
  return (
    <>
      <Flag
        heading={t('attention.withoutFollowUp', { count: actionsWithoutFollowUp.length })}
        explanation={t('attention.withoutFollowUpHelp')}
        count={actionsWithoutFollowUp.length}
      >
        <Table
          caption={t('attention.withoutFollowUpCaption')}
          columns={[t('attention.action'), t('attention.organisation'), t('attention.state')]}
        >
          {actionsWithoutFollowUp.map((action) => (
            <tr key={action.id}>
              <th scope="row" lang={CONTENT_LANGUAGE}>
                {action.title}
              </th>
              <td data-label={t('attention.organisation')} lang={CONTENT_LANGUAGE}>
                {owners(action)}
              </td>
              <td data-label={t('attention.state')}>
                {action.uncountedFollowUp?.state === 'returned' ? t('attention.returned') : t('attention.noFollowUp')}
              </td>
            </tr>
          ))}
        </Table>
      </Flag>
      <Flag
        heading={t('attention.pastStart', { count: plannedPastStart.length })}
        explanation={t('attention.pastStartHelp')}
        count={plannedPastStart.length}
      >
        <Table
          caption={t('attention.pastStartCaption')}
          columns={[t('attention.action'), t('attention.organisation'), t('attention.plannedStart')]}
        >
          {plannedPastStart.map((action) => (
            <tr key={action.id}>
              <th scope="row" lang={CONTENT_LANGUAGE}>
                {action.title}
              </th>
              <td data-label={t('attention.organisation')} lang={CONTENT_LANGUAGE}>
                {owners(action)}
              </td>
              <td data-label={t('attention.plannedStart')}>{action.plannedStart ? formatDate(action.plannedStart, locale) : ''}</td>
            </tr>
          ))}
        </Table>
      </Flag>
      <Flag
        heading={t('attention.noAction', { count: measuresWithoutActiveAction.length })}
        explanation={t('attention.noActionHelp')}
        count={measuresWithoutActiveAction.length}
      >
        <ul lang={CONTENT_LANGUAGE}>
          {measuresWithoutActiveAction.map((measure) => (
            <li key={measure.id}>
              <span className="report-code">{measure.code}</span> {measure.title}
            </li>
          ))}
        </ul>
      </Flag>
      <Flag
        heading={t('attention.notReported', { count: organisationsNotReported.length })}
        explanation={t('attention.notReportedHelp')}
        count={organisationsNotReported.length}
      >
        <Table caption={t('attention.notReportedCaption')} columns={[t('attention.organisation'), t('attention.due')]}>
          {organisationsNotReported.map(({ organisation, dueActionIds }) => (
            <tr key={organisation.id}>
              <th scope="row" lang={CONTENT_LANGUAGE}>
                {names.get(organisation.id) ?? organisation.name}
              </th>
              <td data-label={t('attention.due')}>
                {dueActionIds.length > 0 ? t('attention.dueActions', { count: dueActionIds.length }) : t('attention.nothingToReport')}
              </td>
            </tr>
          ))}
        </Table>
      </Flag>
    </>
  )
}

function Flag({ heading, explanation, count, children }: { heading: string; explanation: string; count: number; children: ReactNode }) {
  const { t } = useTranslation('reports')
  const [open, setOpen] = useState(false)
  return (
    <div className="report-flag">
      <h3>{heading}</h3>
      <p>{explanation}</p>
      {count > 0 && (
        // the list is drawn when opened: a county can have hundreds of flagged actions
        <details onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>{t('attention.showList', { count })}</summary>
          {open && children}
        </details>
      )}
    </div>
  )
}

function Table({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  return (
    <table className="report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  )
}
