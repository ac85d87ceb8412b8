import type { ReportingPeriod } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formatDate } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { daysUntil } from '@/lib/periods'

/** The period's name and status, and its deadline with the days left (only while it is open). */
export function PeriodFacts({ period }: { period: ReportingPeriod }) {
  const { t } = useTranslation('overview')
  const { locale } = useLanguage()
  const days = daysUntil(period.deadline)
  let left = ''
  if (period.status === 'open')
    left = days > 0 ? t('period.daysLeft', { count: days }) : days === 0 ? t('period.dueToday') : t('period.overdue', { count: -days })
  return (
    <dl className="facts">
      <div>
        <dt>{t('period.name')}</dt>
        <dd lang={CONTENT_LANGUAGE}>{period.name}</dd>
      </div>
      <div>
        <dt>{t('period.status')}</dt>
        <dd>{t(`period.statuses.${period.status}`)}</dd>
      </div>
      <div>
        <dt>{t('period.deadline')}</dt>
        <dd>
          <time dateTime={period.deadline}>{formatDate(period.deadline, locale)}</time>
          {left && <span className={days < 0 ? 'overview-overdue' : undefined}> ({left})</span>}
        </dd>
      </div>
    </dl>
  )
}
