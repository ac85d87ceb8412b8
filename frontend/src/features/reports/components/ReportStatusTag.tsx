import type { Report } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formatDate } from '@/lib/format'
import { useLanguage } from '@/lib/i18n'

/** Utkast, Arkiverat utkast or Godkänd och publicerad (with the day): in words and a border style, never colour alone. */
export function ReportStatusTag({ report }: { report: Pick<Report, 'status' | 'archivedAt' | 'approvedAt'> }) {
  const { t } = useTranslation('reports')
  const { locale } = useLanguage()
  if (report.status === 'approved')
    return (
      <span className="report-tag report-tag-approved">
        {report.approvedAt ? t('status.approvedOn', { date: formatDate(report.approvedAt, locale) }) : t('status.approved')}
      </span>
    )
  return <span className="report-tag report-tag-draft">{report.archivedAt ? t('status.archived') : t('status.draft')}</span>
}
